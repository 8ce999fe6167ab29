import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';

export interface AppProps {
  /** False when the page is opened in a plain browser or in another Office application. */
  insideExcel: boolean;
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    maxWidth: '640px',
  },
  heading: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  paragraph: {
    margin: 0,
  },
  line: {
    display: 'block',
  },
  english: {
    color: tokens.colorNeutralForeground2,
  },
});

export function App({ insideExcel }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <header className={styles.heading}>
        <Text as="h1" size={600} weight="semibold" className={styles.paragraph}>
          Tổng hợp SSKĐT
        </Text>
        <Text lang="en" className={styles.english}>
          SSKĐT Rollup
        </Text>
      </header>
      {!insideExcel && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Hãy mở từ Excel</MessageBarTitle>
            <span className={styles.line}>Trên thẻ Trang chủ, bấm Tổng hợp.</span>
            <span className={mergeClasses(styles.line, styles.english)} lang="en">
              Open this add-in from Excel: Home tab → Consolidate.
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
      <Text as="p" className={styles.paragraph}>
        Tổng hợp kết quả tích hợp BHYT vào Sổ sức khỏe điện tử trên VNeID của các thôn, tổ dân phố và cơ quan,
        đơn vị thành một báo cáo của xã: số liệu của từng nơi, tỷ lệ so với chỉ tiêu và danh sách lỗi cần sửa.
        Dữ liệu không rời khỏi sổ làm việc.
      </Text>
      <Text as="p" lang="en" className={mergeClasses(styles.paragraph, styles.english)}>
        Consolidates the villages&apos;, residential groups&apos; and agencies&apos; results of linking health
        insurance (BHYT) to the electronic health book (Sổ sức khỏe điện tử) on VNeID into one commune report:
        figures for each place, rates against targets and a list of errors to fix. The data never leaves the
        workbook.
      </Text>
    </main>
  );
}
