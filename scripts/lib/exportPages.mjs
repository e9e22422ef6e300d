// @ts-nocheck -- bench-only code without JSDoc types; checkJs skips it until it is typed.
/**
 * Pages in the docs team's export format, generated for the bench's scale
 * mode (`npm run bench -- --pages 300`): front matter with " | BYOC", heading
 * ids as the editor writes them (`\{#}` in Chinese), raw `<table>`s with
 * `<tr>` straight in `<table>` and `<p>` in cells, a GFM pipe table, an
 * Admonition, a code block and nested lists, in each locale. The words vary
 * from page to page (a seeded generator) so the search index grows as with
 * real pages.
 */

const WORDS = {
  'zh-Hans': [
    '集群',
    '实例',
    '存储桶',
    '网络',
    '安全组',
    '子网',
    '节点',
    '副本',
    '索引',
    '向量',
    '分区',
    '备份',
    '恢复',
    '监控',
    '告警',
    '日志',
    '审计',
    '权限',
    '角色',
    '密钥',
    '证书',
    '升级',
    '扩容',
    '缩容',
    '配额',
    '地域',
    '可用区',
    '负载均衡',
    '私有链接',
    '数据平面',
    '控制平面',
    '快照',
    '迁移',
    '版本',
    '策略',
    '加密',
  ],
  en: [
    'cluster',
    'instance',
    'bucket',
    'network',
    'security group',
    'subnet',
    'node',
    'replica',
    'index',
    'vector',
    'partition',
    'backup',
    'restore',
    'monitoring',
    'alert',
    'logging',
    'audit',
    'permission',
    'role',
    'key',
    'certificate',
    'upgrade',
    'scale out',
    'scale in',
    'quota',
    'region',
    'availability zone',
    'load balancer',
    'private link',
    'data plane',
    'control plane',
    'snapshot',
    'migration',
    'version',
    'policy',
    'encryption',
  ],
  ja: [
    'クラスター',
    'インスタンス',
    'バケット',
    'ネットワーク',
    'セキュリティグループ',
    'サブネット',
    'ノード',
    'レプリカ',
    'インデックス',
    'ベクトル',
    'パーティション',
    'バックアップ',
    '復元',
    '監視',
    'アラート',
    'ログ',
    '監査',
    '権限',
    'ロール',
    'キー',
    '証明書',
    'アップグレード',
    'スケールアウト',
    'スケールイン',
    'クォータ',
    'リージョン',
    'アベイラビリティーゾーン',
    'ロードバランサー',
    'プライベートリンク',
    'データプレーン',
    'コントロールプレーン',
    'スナップショット',
    '移行',
    'バージョン',
    'ポリシー',
    '暗号化',
  ],
};

const TEXT = {
  'zh-Hans': {
    title: (n) => `BYOC 运维指南 ${n}`,
    sentence: (a, b, c) => `在 BYOC 项目中，${a}与${b}由客户配置，Zilliz 负责${c}的日常运维。`,
    headings: ['概述', '前提条件', '操作步骤', '参数说明'],
    table: ['参数', '说明', '默认值'],
    note: '说明',
    step: (w) => `检查${w}的状态。`,
  },
  en: {
    title: (n) => `BYOC operations guide ${n}`,
    sentence: (a, b, c) =>
      `In a BYOC project the customer configures the ${a} and the ${b}, and Zilliz runs the ${c} day to day.`,
    headings: ['Overview', 'Before you start', 'Procedure', 'Parameters'],
    table: ['Parameter', 'Description', 'Default'],
    note: 'Notes',
    step: (w) => `Check the status of the ${w}.`,
  },
  ja: {
    title: (n) => `BYOC 運用ガイド ${n}`,
    sentence: (a, b, c) => `BYOC プロジェクトでは、${a}と${b}はお客様が設定し、${c}の日常運用は Zilliz が担当します。`,
    headings: ['概要', '前提条件', '手順', 'パラメーター'],
    table: ['パラメーター', '説明', 'デフォルト'],
    note: '注記',
    step: (w) => `${w}の状態を確認します。`,
  },
};
const HEADING_IDS = ['overview', 'before-you-start', 'procedure', 'parameters'];

/** A small seeded generator (mulberry32): the same page gets the same words in every run. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The file name (also the slug) of generated page `n`. */
export const exportPageName = (n) => `bench-page-${String(n).padStart(3, '0')}`;

/** Page `n` (1-based) of the generated set, in one locale, as the editor exports it. */
export function exportPage(locale, n) {
  const t = TEXT[locale];
  const words = WORDS[locale];
  const next = random(n * 7919);
  const word = () => words[Math.floor(next() * words.length)];
  const paragraph = (sentences) => Array.from({length: sentences}, () => t.sentence(word(), word(), word())).join(' ');
  // The editor drops non-ASCII from a heading id: Chinese headings get an empty one.
  const heading = (i) => `## ${t.headings[i]}\\{#${locale === 'zh-Hans' ? '' : HEADING_IDS[i]}}`;
  const name = exportPageName(n);
  const rows = Array.from({length: 6}, (_, i) => {
    const w = word();
    return `   <tr>\n     <td><p><code>param_${i}</code></p></td>\n     <td><p>${t.step(w)}<br/>${paragraph(1)}</p></td>\n     <td><p>${i * 10}</p></td>\n   </tr>`;
  }).join('\n');
  return `---
title: "${t.title(n)} | BYOC"
slug: /${name}
sidebar_label: "${t.title(n)}"
beta: FALSE
notebook: FALSE
description: "${paragraph(1)} | BYOC"
type: origin
token: Bench${String(n).padStart(5, '0')}
sidebar_key: ${name}
sidebar_position: ${100 + n}
added_since: FALSE
last_modified: FALSE
deprecate_since: FALSE
---

import Admonition from '@theme/Admonition';

# ${t.title(n)}

${paragraph(4)}

${heading(0)}

${paragraph(5)}

<Admonition type="info" icon="📘" title="${t.note}">

<p>${paragraph(2)}</p>

</Admonition>

${heading(1)}

- ${t.step(word())}
    - ${paragraph(1)}
- ${t.step(word())}
- ${t.step(word())}

${heading(2)}

1. ${t.step(word())}

    \`\`\`python
    from pymilvus import MilvusClient

    client = MilvusClient(uri="https://in01-${n}.aws-us-west-2.vectordb.zillizcloud.com:19530", token="***")
    client.describe_collection(collection_name="bench_${n}")
    \`\`\`

2. ${t.step(word())}

    | ${t.table.join(' | ')} |
    | --- | --- | --- |
    | \`timeout\` | ${paragraph(1)} | 30 |
    | \`replicas\` | ${paragraph(1)} | 2 |

${heading(3)}

<table>
   <tr>
     <th><p>${t.table[0]}</p></th>
     <th><p>${t.table[1]}</p></th>
     <th><p>${t.table[2]}</p></th>
   </tr>
${rows}
</table>

${paragraph(3)}
`;
}
