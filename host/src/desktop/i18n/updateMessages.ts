import { defineMessages } from '@toolbox/sdk';

// The words of the new-version bar (a chunk of its own): they travel with its chunk, so the desktop's first load
// carries none of them.
export const updateMessages = defineMessages({
  'zh-CN': {
    'update.available': '「{name}」有新版本 {version}',
    'update.unsaved': '点“刷新”载入新版本。刷新会重新打开应用，还没保存的填写内容会丢失，请先保存。',
    'update.later': '稍后',
  },
  en: {
    'update.available': 'A new version of {name} is available: {version}',
    'update.unsaved': 'Refresh to load it. Refreshing reopens the app and drops anything not saved yet: save first.',
    'update.later': 'Later',
  },
});
