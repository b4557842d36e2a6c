import { defineMessages } from '@toolbox/sdk';

// The words of 评价 (the rating dialog, a chunk of its own): they travel with its chunk, so the desktop's first load
// carries none of them.
export const ratingMessages = defineMessages({
  'zh-CN': {
    'rating.title': '评价“{name}”',
    'rating.score': '评分',
    'rating.star': '{n} 分',
    'rating.comment': '意见和建议（可选）',
    'rating.submit': '提交评价',
    'rating.cancel': '取消',
    'rating.thanks': '感谢您的评价',
  },
  en: {
    'rating.title': 'Rate “{name}”',
    'rating.score': 'Score',
    'rating.star': '{n} of 5',
    'rating.comment': 'Comments (optional)',
    'rating.submit': 'Submit',
    'rating.cancel': 'Cancel',
    'rating.thanks': 'Thank you for your rating',
  },
});
