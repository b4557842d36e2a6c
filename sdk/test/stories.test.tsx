// @vitest-environment jsdom
// Every Storybook story of the UI kit, rendered with the project's own preview (decorators, locale), its play
// function run, and checked for what a screen reader needs: every form control has an accessible name.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import type React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../.storybook/preview.tsx';

setProjectAnnotations(preview);
afterEach(cleanup);

type StoryModule = Parameters<typeof composeStories>[0];
// The parts of a composed story this test uses; composeStories cannot infer them through import.meta.glob.
type ComposedStory = (() => React.JSX.Element) & { play?: (context: { canvasElement: HTMLElement }) => Promise<void> };
const modules = import.meta.glob<StoryModule>('../stories/*.stories.tsx', { eager: true });

function accessibleName(control: Element): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const id = control.getAttribute('id');
  const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : control.closest('label');
  return label?.textContent?.trim() ?? '';
}

describe('UI kit stories', () => {
  it('has one story file per component', () => {
    const files = Object.keys(modules).map((f) => f.replace(/^.*\/(\w+)\.stories\.tsx$/, '$1')).sort();
    expect(files).toEqual([
      'AppFrame',
      'Button',
      'Card',
      'DataTable',
      'EmptyState',
      'FilterBar',
      'FilterSelect',
      'LoadFailedNotice',
      'LoadingLine',
      'Notice',
      'PageHeader',
      'SchemaForm',
      'StatusTag',
    ]);
  });

  for (const [file, module] of Object.entries(modules)) {
    const stories = composeStories(module) as unknown as Record<string, ComposedStory>;
    for (const [name, Story] of Object.entries(stories)) {
      it(`${file.replace('../stories/', '')} › ${name} renders, plays and labels its controls`, async () => {
        const { container } = render(<Story />);
        if (Story.play) await Story.play({ canvasElement: container });
        expect(container.textContent?.trim().length ?? 0).toBeGreaterThan(0);
        for (const control of container.querySelectorAll('input, select, textarea, button')) {
          expect(accessibleName(control) || control.textContent?.trim(), control.outerHTML).toBeTruthy();
        }
      });
    }
  }
});
