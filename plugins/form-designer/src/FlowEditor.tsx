import type { Role } from '@toolbox/sdk';
import { useT } from '@toolbox/sdk/react';
import { Button } from '@toolbox/sdk/ui';
import type { FormDefinition, StateTone } from '@toolbox/sdk/forms';
import { addField, change } from './draft/editDraft.ts';
import { Check, Problems, Select, TextInput } from './inputs.tsx';
import { messages } from './messages.ts';
import { withEnglish } from './draft/wording.ts';

const TONES: { value: StateTone; zh: string }[] = [
  { value: 'warning', zh: '橙色' },
  { value: 'info', zh: '蓝色' },
  { value: 'success', zh: '绿色' },
  { value: 'danger', zh: '红色' },
  { value: 'neutral', zh: '灰色' },
];
const ROLES: { value: Role; zh: string }[] = [
  { value: 'staff', zh: '居委会工作人员' },
  { value: 'maker', zh: '应用搭建员' },
  { value: 'admin', zh: '管理员' },
];

/** The optional flow: its states, where new records start, and the steps between states with who may take each. */
export function FlowEditor({ draft, problems, onChange, onAddStatus }: { draft: FormDefinition; problems?: string[]; onChange(draft: FormDefinition): void; onAddStatus(key: string): void }) {
  const t = useT(messages);
  const flow = draft.flow;
  if (!flow) {
    return (
      <div className="fd-pane">
        <p>{t('noFlow')}</p>
        <Button
          onClick={() => {
            const added = addField(draft, 'status');
            onChange(added.definition);
            onAddStatus(added.key);
          }}
        >
          {t('addFlow')}
        </Button>
      </div>
    );
  }
  const edit = (fn: (f: NonNullable<FormDefinition['flow']>) => void) => onChange(change(draft, (d) => fn(d.flow!)));
  const stateOptions = flow.states.map((s) => ({ value: s.key, label: s.label['zh-CN'] || s.key }));
  const freeStateKey = () => {
    let n = flow.states.length + 1;
    while (flow.states.some((s) => s.key === `state${n}`)) n++;
    return `state${n}`;
  };
  return (
    <div className="fd-pane">
      <Problems items={problems} />
      <fieldset className="fd-group">
        <legend>{t('states')}</legend>
        {flow.states.map((state, i) => (
          <div className="fd-line" key={state.key}>
            <TextInput label={`${t('stateLabel')} ${i + 1}`} value={state.label['zh-CN']} onChange={(v) => edit((f) => { f.states[i]!.label = { ...f.states[i]!.label, 'zh-CN': v }; })} />
            <TextInput label={t('stateLabelEn')} value={state.label.en} onChange={(v) => edit((f) => { f.states[i]!.label = withEnglish(f.states[i]!.label, v); })} />
            <Select label={t('tone')} value={state.tone ?? 'neutral'} options={TONES.map((o) => ({ value: o.value, label: o.zh }))} onChange={(v) => edit((f) => { f.states[i]!.tone = v; })} />
            <Check label={t('retiredState')} checked={state.retired === true} onChange={(v) => edit((f) => { if (v) f.states[i]!.retired = true; else delete f.states[i]!.retired; })} />
          </div>
        ))}
        <Button variant="secondary" size="small" onClick={() => edit((f) => void f.states.push({ key: freeStateKey(), label: { 'zh-CN': '新状态' }, tone: 'neutral' }))}>
          ＋ {t('addState')}
        </Button>
        <Select label={t('initial')} value={flow.initial} options={stateOptions} onChange={(v) => edit((f) => { f.initial = v; })} />
      </fieldset>
      <fieldset className="fd-group">
        <legend>{t('transitions')}</legend>
        {flow.transitions.map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two steps may join the same states while being edited
          <div className="fd-step" key={`${step.from}-${step.to}-${i}`}>
            <div className="fd-line">
              <Select label={t('from')} value={step.from} options={stateOptions} onChange={(v) => edit((f) => { f.transitions[i]!.from = v; })} />
              <Select label={t('to')} value={step.to} options={stateOptions} onChange={(v) => edit((f) => { f.transitions[i]!.to = v; })} />
              <TextInput label={t('buttonText')} value={step.label?.['zh-CN']} onChange={(v) => edit((f) => { if (v) f.transitions[i]!.label = { ...f.transitions[i]!.label, 'zh-CN': v }; else delete f.transitions[i]!.label; })} />
              {step.label && <TextInput label={t('buttonTextEn')} value={step.label.en} onChange={(v) => edit((f) => { f.transitions[i]!.label = withEnglish(f.transitions[i]!.label!, v); })} />}
            </div>
            <div className="fd-step__foot">
              <div className="fd-checks" role="group" aria-label={t('whoMay')}>
                <span className="tbx-label">{t('whoMay')}
                  {t('colon')}
                </span>
                {ROLES.map((role) => (
                  <Check
                    key={role.value}
                    label={role.zh}
                    checked={step.roles?.includes(role.value) ?? false}
                    onChange={(on) =>
                      edit((f) => {
                        const roles = new Set(f.transitions[i]!.roles ?? []);
                        if (on) roles.add(role.value);
                        else roles.delete(role.value);
                        if (roles.size) f.transitions[i]!.roles = [...roles];
                        else delete f.transitions[i]!.roles;
                      })
                    }
                  />
                ))}
                {!step.roles?.length && <span className="tbx-help">（{t('anyone')}）</span>}
              </div>
              <Button variant="link" size="small" onClick={() => edit((f) => void f.transitions.splice(i, 1))}>
                {t('remove')}
              </Button>
            </div>
          </div>
        ))}
        <Button variant="secondary" size="small" onClick={() => edit((f) => void f.transitions.push({ from: f.states[0]!.key, to: f.states[1]?.key ?? f.states[0]!.key }))}>
          ＋ {t('addTransition')}
        </Button>
      </fieldset>
    </div>
  );
}
