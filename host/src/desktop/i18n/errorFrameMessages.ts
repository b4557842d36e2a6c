import { defineMessages } from '@toolbox/sdk';

// The words only the full error frame uses (a chunk of its own, fetched when an app fails): they travel with its chunk,
// so the desktop's first load carries none of them. What failed, 重试 and 返回桌面 stay in the desktop's catalogue:
// the frame's brief form (AppFrame's ErrorLine) shows them when the chunk cannot be fetched.
export const errorFrameMessages = defineMessages({
  'zh-CN': {
    'error.code': '错误代码',
    'error.detail': '技术细节',
    'error.fallback': '使用上一个可用版本（{version}）',
    'error.othersFine': '其他应用不受影响，可以返回桌面继续工作。',
  },
  en: {
    'error.code': 'Error code',
    'error.detail': 'Technical details',
    'error.fallback': 'Use the last working version ({version})',
    'error.othersFine': 'Other apps are not affected: go back to the desktop to carry on.',
  },
});
