/** A 居民走访记录 collection's schema: the story's form, and the one its test fills in (sdk/test/ui/SchemaForm.test.tsx). */
export const visitSchema = {
  type: 'object',
  required: ['residentName', 'category', 'visitDate'],
  additionalProperties: false,
  properties: {
    residentName: { type: 'string', title: '居民姓名', minLength: 1, maxLength: 32 },
    category: { type: 'string', title: '居民类别', enum: ['独居老人', '高龄老人', '困难家庭', '残疾人', '其他'] },
    visitDate: { type: 'string', format: 'date', title: '走访日期' },
    age: { type: 'integer', title: '年龄', minimum: 0, maximum: 130 },
    needsFollowUp: { type: 'boolean', title: '需要跟进' },
    notes: { type: 'string', title: '走访情况', description: '写明居民的身体、居住和生活状况，以及需要协调解决的问题', maxLength: 1000 },
  },
};
