//! Plain-text tables with aligned columns.

use std::io::{self, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

/// A table: a header row, then rows of cells, written with each column as
/// wide as its widest cell (counted in characters).
pub(crate) struct Table {
    columns: Vec<(&'static str, Align)>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub(crate) fn new(columns: &[(&'static str, Align)]) -> Self {
        Table { columns: columns.to_vec(), rows: Vec::new() }
    }

    /// Adds a row. Control characters (a line break inside a figure) are
    /// shown as spaces so that every row stays on one line.
    pub(crate) fn push(&mut self, cells: Vec<String>) {
        let cells =
            cells.into_iter().map(|c| if c.contains(char::is_control) { c.replace(char::is_control, " ") } else { c });
        self.rows.push(cells.collect());
    }

    /// Writes the header and the rows; nothing at all when there are no rows.
    pub(crate) fn write(&self, out: &mut impl Write) -> io::Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let widths: Vec<usize> = (0..self.columns.len())
            .map(|i| {
                let cells = self.rows.iter().filter_map(|r| r.get(i)).map(|c| c.chars().count());
                cells.chain([self.columns[i].0.len()]).max().unwrap_or(0)
            })
            .collect();
        let header: Vec<&str> = self.columns.iter().map(|c| c.0).collect();
        self.write_row(out, &header, &widths)?;
        for row in &self.rows {
            let row: Vec<&str> = row.iter().map(String::as_str).collect();
            self.write_row(out, &row, &widths)?;
        }
        Ok(())
    }

    fn write_row(&self, out: &mut impl Write, cells: &[&str], widths: &[usize]) -> io::Result<()> {
        let mut line = String::new();
        for (i, ((_, align), width)) in self.columns.iter().zip(widths).enumerate() {
            let cell = cells.get(i).copied().unwrap_or("");
            let pad = " ".repeat(width.saturating_sub(cell.chars().count()));
            if i > 0 {
                line.push_str("  ");
            }
            match align {
                Align::Left => {
                    line.push_str(cell);
                    line.push_str(&pad);
                }
                Align::Right => {
                    line.push_str(&pad);
                    line.push_str(cell);
                }
            }
        }
        writeln!(out, "{}", line.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up() {
        let mut t = Table::new(&[("kind", Align::Left), ("value", Align::Right), ("text", Align::Left)]);
        t.push(vec!["number".into(), "5".into(), "five\nlines".into()]);
        t.push(vec!["money".into(), "1500000".into(), "£1.5m".into()]);
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "kind      value  text\nnumber        5  five lines\nmoney   1500000  £1.5m\n"
        );
    }

    #[test]
    fn no_rows_writes_nothing() {
        let mut out = Vec::new();
        Table::new(&[("kind", Align::Left)]).write(&mut out).unwrap();
        assert!(out.is_empty());
    }
}
