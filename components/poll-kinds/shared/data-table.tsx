/** A result as a plain table: what screen readers get instead of the projector's picture. */
export function DataTable(props: { caption: string; columns: string[]; rows: { id: string; header: string; cells: (string | number)[] }[]; className?: string }) {
  return (
    <table className={props.className}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells are columns, fixed per table
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
