/** Where "contact sales" goes: the footer (docusaurus.config.ts) and the CONTACT SALES notice (DocStatus). */
export const CONTACT_SALES_URL = 'https://zilliz.com/contact-sales';
