import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles } from '@fluentui/react-components';
import { useLanguage } from '../language';

const useStyles = makeStyles({
  paragraph: {
    margin: 0,
  },
});

/** The page opened in a plain browser or another Office application: how to open it from Excel, and what it does. */
export function OutsideExcel() {
  const styles = useStyles();
  const { t } = useLanguage();
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('openFromExcelTitle')}</MessageBarTitle>
          {t('openFromExcelBody')}
        </MessageBarBody>
      </MessageBar>
      <Text as="p" className={styles.paragraph}>
        {t('about')}
      </Text>
    </>
  );
}
