/** Supademo hosts the interactive product demos the export embeds (the content-security policy frames only it). */
export const SUPADEMO_ORIGIN = 'https://app.supademo.com';
