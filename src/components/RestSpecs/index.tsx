import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Admonition from '@theme/Admonition';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import DocTable from '@site/src/components/DocTable';
import RestHeader from './RestHeader';
import {curlExample, examplesOf, flattenSchema, localized, type Field, type Parameter, type Specs} from './spec';
import styles from './styles.module.css';

/** The Zilliz docs' language codes (`lang="ja-JP"`) by this site's locale. */
const SPEC_LANGUAGE: Readonly<Record<string, string>> = {'zh-Hans': 'zh-CN', en: 'en-US', ja: 'ja-JP'};

function Html({html, className}: {html?: string; className?: string}): ReactNode {
  // The text comes from the page's own source, as the writer exported it; the security policy runs no script in it.
  return html ? <div className={className} dangerouslySetInnerHTML={{__html: html}} /> : null;
}

function FieldTable({fields, label, id}: {fields: readonly Field[]; label: string; id: string}): ReactNode {
  return (
    <>
      <Heading as="h3" id={id} className={styles.tableTitle}>
        {label}
      </Heading>
      <DocTable label={label} className={styles.fields}>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="restSpecs.column.name">名称</Translate>
            </th>
            <th scope="col">
              <Translate id="restSpecs.column.type">类型</Translate>
            </th>
            <th scope="col">
              <Translate id="restSpecs.column.description">说明</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name}>
              <th scope="row">
                <code>{f.name}</code>
                {f.required && (
                  <span className={styles.required}>
                    <Translate id="restSpecs.required">必填</Translate>
                  </span>
                )}
              </th>
              <td>
                <code>{f.type}</code>
              </td>
              <td>
                <Html html={f.description} />
                {f.values && (
                  <p className={styles.values}>
                    <Translate id="restSpecs.values">可选值：</Translate>
                    <code>{f.values}</code>
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DocTable>
    </>
  );
}

function parameterFields(parameters: readonly Parameter[], lang: string): Field[] {
  return parameters.map((p) => ({
    name: p.name,
    type: `${p.in ?? ''}${p.schema?.type ? ` · ${p.schema.type}` : ''}`,
    required: p.required === true,
    description: localized(p, 'description', lang),
    values: p.schema?.enum?.map(String).join(', '),
  }));
}

/**
 * A REST API reference block, as exported API pages write it:
 * `<RestSpecs specs={specs} endpoint={endpoint} method={method} lang="en-US" />`
 * with `export const specs = {…}` in the page. It shows the method and
 * endpoint, the description, parameters, request body fields with a curl
 * example, and the response fields with their examples, in the page's
 * language (`x-i18n`), as plain tables and code blocks: readable without
 * JavaScript, in print and by screen readers.
 */
export default function RestSpecs({
  specs,
  endpoint,
  method,
  lang,
}: {
  specs: Specs;
  endpoint: string;
  method: string;
  lang?: string;
}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const language = lang ?? SPEC_LANGUAGE[i18n.currentLocale] ?? 'en-US';
  const parameters = specs.parameters ?? [];
  const request = specs.requestBody?.content?.['application/json'];
  const requestFields = flattenSchema(request?.schema, language);
  const requestExamples = examplesOf(request);
  const [status, response] = Object.entries(specs.responses ?? {})[0] ?? [];
  const responseMedia = response?.content?.['application/json'];
  const responseFields = flattenSchema(responseMedia?.schema, language);
  const responseExamples = examplesOf(responseMedia);
  const curl = curlExample(method, endpoint, parameters, requestExamples[0]?.json);
  return (
    <div className={styles.rest}>
      <RestHeader method={method} endpoint={endpoint} />
      {specs.deprecated && (
        <Admonition type="danger" title={translate({id: 'restSpecs.deprecated.title', message: '已弃用'})}>
          <Translate id="restSpecs.deprecated">此接口已弃用。</Translate>
        </Admonition>
      )}
      <Html html={localized(specs, 'description', language)} className={styles.description} />

      <Heading as="h2" id="request" className={styles.heading}>
        <Translate id="restSpecs.request">请求</Translate>
      </Heading>
      {parameters.length > 0 && (
        <FieldTable
          id="parameters"
          fields={parameterFields(parameters, language)}
          label={translate({id: 'restSpecs.parameters', message: '参数'})}
        />
      )}
      {requestFields.length > 0 && (
        <FieldTable
          id="request-body"
          fields={requestFields}
          label={translate({id: 'restSpecs.requestBody', message: '请求体'})}
        />
      )}
      <CodeBlock language="bash" title={translate({id: 'restSpecs.requestExample', message: '请求示例'})}>
        {curl}
      </CodeBlock>

      {(responseFields.length > 0 || responseExamples.length > 0) && (
        <>
          <Heading as="h2" id="response" className={styles.heading}>
            <Translate id="restSpecs.response">响应</Translate>
            {status && <code className={styles.status}>{status}</code>}
          </Heading>
          {responseFields.length > 0 && (
            <FieldTable
              id="response-body"
              fields={responseFields}
              label={translate({id: 'restSpecs.responseBody', message: '响应体'})}
            />
          )}
          {responseExamples.map((example, i) => (
            <CodeBlock
              key={i}
              language="json"
              title={example.summary ?? translate({id: 'restSpecs.responseExample', message: '响应示例'})}>
              {example.json}
            </CodeBlock>
          ))}
        </>
      )}
    </div>
  );
}
