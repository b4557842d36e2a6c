import { defineMessages } from '@toolbox/sdk';

// The words of the page for an app not in the catalogue (a chunk of its own): they travel with its chunk, so the
// desktop's first load carries none of them.
export const missingMessages = defineMessages({
  'zh-CN': {
    'retired.title': '“{name}”已下线',
    'retired.reason': '下线原因：{reason}',
    'retired.at': '下线时间：{date}',
    'retired.replacement': '可以改用：',
    'notFound.title': '找不到这个应用',
    'notFound.body': '该应用不存在，或您所在的单位无权使用。',
    'stopped.body': '您正在使用时，它已从工具箱撤下，所以已停止运行；还没保存的填写内容没有保留。',
  },
  en: {
    'retired.title': '“{name}” has been retired',
    'retired.reason': 'Reason: {reason}',
    'retired.at': 'Retired on {date}',
    'retired.replacement': 'Use instead:',
    'notFound.title': 'App not found',
    'notFound.body': 'This app does not exist, or your unit may not open it.',
    'stopped.body': 'It was withdrawn from the Toolbox while you were using it, so it has been stopped; anything not saved yet was not kept.',
  },
});
