import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLanguage } from '../language';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  titles: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  title: {
    margin: 0,
  },
  subtitle: {
    color: tokens.colorNeutralForeground2,
  },
});

/** Title and the language switch (the button names the other language, in that language). */
export function Header() {
  const styles = useStyles();
  const { lang, setLang, t } = useLanguage();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Text as="h1" size={600} weight="semibold" className={styles.title}>
          {t('appTitle')}
        </Text>
        <Text size={200} className={styles.subtitle}>
          {t('appSubtitle')}
        </Text>
      </div>
      <Button
        size="small"
        appearance="subtle"
        lang={lang === 'vi' ? 'en' : 'vi'}
        aria-label={t('otherLanguageLabel')}
        onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
      >
        {t('otherLanguage')}
      </Button>
    </header>
  );
}
