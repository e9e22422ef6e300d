import type {Matrix} from './types';

/**
 * Who does what in Zilliz Cloud BYOC. Written by `npm run import:matrix` from
 * the docs team's exports of the "Shared Responsibilities" page (the copies in
 * ./editor-exports must agree with it). The ids are a public contract with the
 * Zilliz console (deep links): never rename one; retire one only on purpose.
 */
export const sharedResponsibilities: Matrix = {
  version: '2026-11-29',
  parties: [
    {id: 'zilliz', label: {'zh-Hans': 'Zilliz BYOC', en: 'Zilliz BYOC', ja: 'Zilliz BYOC'}},
    {id: 'customer', label: {'zh-Hans': '客户', en: 'Customer', ja: 'お客様'}},
  ],
  sections: [
    {
      id: 'cloud-management',
      title: {'zh-Hans': '云管理', en: 'Cloud management', ja: 'クラウド管理'},
      tasks: [
        {id: 'set-up-vpc', label: {'zh-Hans': '设置 VPC', en: 'Set up VPC', ja: 'VPC の設定'}, responsible: ['customer']},
        {id: 'manage-ec2-instances', label: {'zh-Hans': '管理 EC2 实例', en: 'Manage EC2 instances', ja: 'EC2 インスタンスの管理'}, responsible: ['zilliz']},
        {id: 'manage-kubernetes-cluster', label: {'zh-Hans': '管理 Kubernetes 集群', en: 'Manage Kubernetes cluster', ja: 'Kubernetes クラスターの管理'}, responsible: ['zilliz']},
        {id: 'manage-s3-bucket', label: {'zh-Hans': '管理 S3 存储桶', en: 'Manage S3 bucket', ja: 'S3 バケットの管理'}, responsible: ['customer']},
        {id: 'provision-milvus-instance', label: {'zh-Hans': '配置 Milvus 实例', en: 'Provision Milvus instance', ja: 'Milvus インスタンスのプロビジョニング'}, responsible: ['zilliz']},
      ],
    },
    {
      id: 'upgrade-and-security',
      title: {'zh-Hans': '升级与安全', en: 'Upgrade and security', ja: 'アップグレードとセキュリティ'},
      tasks: [
        {id: 'upgrade-milvus-instance', label: {'zh-Hans': '升级 Milvus 实例', en: 'Upgrade Milvus instance', ja: 'Milvus インスタンスのアップグレード'}, responsible: ['zilliz']},
        {id: 'patch-software-vulnerabilities', label: {'zh-Hans': '修补软件漏洞', en: 'Patch software vulnerabilities', ja: 'ソフトウェアの脆弱性へのパッチ適用'}, responsible: ['zilliz']},
        {id: 'patch-infrastructure-vulnerabilities', label: {'zh-Hans': '修补基础设施漏洞', en: 'Patch infrastructure vulnerabilities', ja: 'インフラストラクチャの脆弱性へのパッチ適用'}, responsible: ['zilliz', 'customer']},
        {id: 'scale-resources', label: {'zh-Hans': '扩展资源', en: 'Scale resources', ja: 'リソースのスケーリング'}, responsible: ['zilliz', 'customer']},
      ],
    },
    {
      id: 'access-control',
      title: {'zh-Hans': '访问控制', en: 'Access control', ja: 'アクセス制御'},
      tasks: [
        {id: 'manage-iam-roles-and-service-accounts', label: {'zh-Hans': '管理 IAM 角色和服务账户', en: 'Manage IAM roles and service accounts', ja: 'IAM ロールとサービスアカウントの管理'}, responsible: ['zilliz', 'customer']},
        {id: 'implement-access-control-and-auditing', label: {'zh-Hans': '实施访问控制和审计', en: 'Implement access control & auditing', ja: 'アクセス制御と監査の実施'}, responsible: ['zilliz', 'customer']},
      ],
    },
    {
      id: 'service-availability',
      title: {'zh-Hans': '服务可用性', en: 'Service availability', ja: 'サービス可用性'},
      tasks: [
        {id: 'disaster-recovery', label: {'zh-Hans': '灾难恢复 (DR)', en: 'Disaster recovery (DR)', ja: '災害復旧 (DR)'}, responsible: ['zilliz', 'customer']},
        {id: 'service-level-agreement', label: {'zh-Hans': '服务级别协议 (SLA)', en: 'Service level agreement (SLA)', ja: 'サービスレベル契約 (SLA)'}, responsible: ['zilliz', 'customer']},
      ],
    },
    {
      id: 'technical-support',
      title: {'zh-Hans': '技术支持', en: 'Technical support', ja: 'テクニカルサポート'},
      tasks: [
        {id: 'logging', label: {'zh-Hans': '日志记录', en: 'Logging', ja: 'ロギング'}, responsible: ['customer']},
        {id: 'audit-logging', label: {'zh-Hans': '审计日志', en: 'Audit logging', ja: '監査ログ'}, responsible: ['zilliz', 'customer']},
        {id: 'monitoring', label: {'zh-Hans': '监控', en: 'Monitoring', ja: 'モニタリング'}, responsible: ['zilliz']},
        {id: 'break-glass-access', label: {'zh-Hans': '应急访问', en: 'Break-glass access', ja: '緊急アクセス (ブレークグラス)'}, responsible: ['zilliz', 'customer']},
      ],
    },
  ],
};

/** Where the data lives, for error messages. */
export const SHARED_RESPONSIBILITIES_FILE = 'src/data/responsibilities/sharedResponsibilities.ts';
