/**
 * A manifest the schema accepts (the demo's 居民走访记录): a test spreads it and changes the one field it is about, so
 * every error it sees comes from that field.
 */
export const goodManifest = {
  id: 'visit-log',
  name: { 'zh-CN': '居民走访记录' },
  version: '1.0.0',
  category: '民生服务',
  scenario: 'vertical',
  owner: { unit: 'huayang', contact: '王芳 021-62000000' },
  entry: 'remoteEntry.js',
  sdk: '^1.0.0',
};
