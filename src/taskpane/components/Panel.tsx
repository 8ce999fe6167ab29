import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';

export interface PanelProps {
  title?: string;
  children: ReactNode;
  /** The heading, focusable from script (tabIndex -1): the pane moves the focus here when a run finishes. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  title: {
    margin: 0,
  },
});

/** One card of the pane. A styled section rather than Fluent's Card, which brings focus and selection logic the pane does not use. */
export function Panel({ title, children, headingRef }: PanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel}>
      {title && (
        <Text as="h2" size={400} weight="semibold" className={styles.title} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </Text>
      )}
      {children}
    </section>
  );
}
