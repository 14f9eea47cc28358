// The import report: each file with the format it was recognised as, rows used and skipped, then the problems by
// file and row, each naming the field (the file's own column) in words. Long lists grow on request.
import { fill } from './fill.js';
import { type Overview, PROBLEMS_PAGE, type ProblemView } from './protocol.js';
import { Scroll } from './Scroll.js';
import type { PageWords } from './strings.js';

interface Props {
  overview: Overview;
  t: PageWords;
  onMore: (file: string) => void;
}

export function Report({ overview, t, onMore }: Props) {
  return (
    <section class="rd-pf-section" aria-labelledby="pf-report">
      <h2 id="pf-report">{t.reportTitle}</h2>
      <Scroll labelledBy="pf-report">
        <table class="rd-pf-table" data-table="files">
          <thead>
            <tr>
              <th scope="col">{t.fileColumn}</th>
              <th scope="col">{t.formatColumn}</th>
              <th scope="col">{t.encodingColumn}</th>
              <th scope="col" class="rd-num">
                {t.rowsColumn}
              </th>
              <th scope="col" class="rd-num">
                {t.usedColumn}
              </th>
              <th scope="col" class="rd-num">
                {t.skippedColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.files.map((file, i) => (
              <tr key={`${i}-${file.name}`} data-format={file.format}>
                <th scope="row">{file.name}</th>
                <td>{file.formatText}</td>
                <td>{file.encoding}</td>
                <td class="rd-num">{file.rows}</td>
                <td class="rd-num">{file.used}</td>
                <td class="rd-num">{file.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <h3>{t.problemsTitle}</h3>
      {overview.problems.length === 0 ? <p>{t.noProblems}</p> : null}
      {overview.problems.map((group) => (
        <FileProblems
          key={group.file}
          file={group.file}
          items={group.items}
          total={group.total}
          t={t}
          onMore={() => onMore(group.file)}
        />
      ))}
    </section>
  );
}

interface FileProps {
  file: string;
  items: ProblemView[];
  total: number;
  t: PageWords;
  onMore: () => void;
}

function FileProblems({ file, items, total, t, onMore }: FileProps) {
  return (
    <div class="rd-pf-problems" data-file={file}>
      <h4>
        {file} <span class="rd-pf-count">({total})</span>
      </h4>
      <ul>
        {items.map((problem, i) => (
          <li key={i} data-code={problem.code} data-row={problem.row}>
            <strong>{problem.where}</strong>: {problem.text}
            {problem.detail ? (
              <span class="rd-pf-detail">
                {' '}
                ({t.original}: {problem.detail})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <button type="button" onClick={onMore}>
          {fill(t.showMore, { n: Math.min(PROBLEMS_PAGE * 4, total - items.length) })}
        </button>
      ) : null}
    </div>
  );
}
