// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Button } from '../../src/ui/index.ts';

afterEach(cleanup);

describe('Button', () => {
  it('while loading keeps its label, turns a mark before it, and is busy and disabled', () => {
    const { rerender } = render(<Button>打印登记表</Button>);
    const button = screen.getByRole('button', { name: '打印登记表' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(button.querySelector('.tbx-btn__spinner')).toBeNull();
    rerender(<Button loading>打印登记表</Button>);
    // The same accessible name: the button still says what it does.
    expect(screen.getByRole('button', { name: '打印登记表' })).toBe(button);
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.querySelector('.tbx-btn__spinner')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.head.textContent).toContain('@keyframes tbx-spin');
  });
});
