import { useMemo, useState } from 'react';
import { createDesignerApi, type DesignerApi } from './api/designerApi.ts';
import { Designer, type DesignerStart } from './Designer.tsx';
import { StartScreen } from './StartScreen.tsx';
import { styles } from './styles.ts';

/** 应用搭建: pick a start, then design and publish. `api` is replaced in tests. */
export function DesignerApp({ api }: { api?: DesignerApi }) {
  const client = useMemo(() => api ?? createDesignerApi(), [api]);
  const [start, setStart] = useState<DesignerStart>();
  return (
    <>
      <style>{styles}</style>
      {start ? <Designer api={client} start={start} onBack={() => setStart(undefined)} /> : <StartScreen api={client} onStart={setStart} />}
    </>
  );
}
