import { Button } from '@toolbox/sdk/ui';
import type { ReactNode } from 'react';

interface Props {
  /** The back link's words (返回列表 …) and where it goes. */
  back: string;
  onBack(): void;
  /** The page's heading, after the back link; none while what the page is about is still loading. */
  heading?: ReactNode;
  /** Status tags beside the heading. */
  tags?: ReactNode;
  /** What can be done on the page, named for screen readers by `toolsLabel`. */
  tools?: ReactNode;
  toolsLabel?: string;
}

/** The header of a page opened from a list: back to the list, the page's title, its actions on the right. */
export function PageHeader({ back, onBack, heading, tags, tools, toolsLabel }: Props) {
  return (
    <header className="ac-header">
      <div className="ac-header__title">
        <Button variant="link" className="ac-back" onClick={onBack}>
          ← {back}
        </Button>
        {heading && <h2>{heading}</h2>}
        {tags}
      </div>
      {tools && (
        <div className="ac-header__tools" role="group" aria-label={toolsLabel}>
          {tools}
        </div>
      )}
    </header>
  );
}
