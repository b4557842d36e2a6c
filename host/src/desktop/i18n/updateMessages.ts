import { defineMessages } from '@toolbox/sdk';

// The words of the new-version bar and of the notice for a withdrawn version (one chunk of their own, VersionNotice.tsx):
// they travel with it, so the desktop's first load carries none of them.
export const updateMessages = defineMessages({
  'zh-CN': {
    'update.available': '「{name}」有新版本 {version}',
    'update.unsaved': '点“刷新”载入新版本。刷新会重新打开应用，还没保存的填写内容会丢失，请先保存。',
    'update.later': '稍后',
    'withdrawn.title': '「{name}」的 {version} 版本已被撤回，已停止运行',
    'withdrawn.body': '管理员或应用维护人把这个应用退回到了 {current} 版本。刚才还没保存的填写内容没有保留。',
    'withdrawn.open': '打开当前版本（{current}）',
  },
  en: {
    'update.available': 'A new version of {name} is available: {version}',
    'update.unsaved': 'Refresh to load it. Refreshing reopens the app and drops anything not saved yet: save first.',
    'update.later': 'Later',
    'withdrawn.title': 'Version {version} of {name} was withdrawn and has been stopped',
    'withdrawn.body': 'An administrator or the app’s maintainer rolled the app back to version {current}. Anything not saved yet was not kept.',
    'withdrawn.open': 'Open the current version ({current})',
  },
});
