import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface PanelProps {
  title?: string;
  children: ReactNode;
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
export function Panel({ title, children }: PanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel}>
      {title && (
        <Text as="h2" size={400} weight="semibold" className={styles.title}>
          {title}
        </Text>
      )}
      {children}
    </section>
  );
}
