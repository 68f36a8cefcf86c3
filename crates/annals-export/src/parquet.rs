//! Parquet: one row per event, written in row groups of [`ROW_GROUP`] events (zstd-compressed),
//! so an export of any size holds one row group in memory.
//!
//! Schema (nullable where marked `?`):
//!
//! | column | type | |
//! |---|---|---|
//! | `event_id` | utf8 | stable across runs |
//! | `cameo`, `root` | utf8 | CAMEO code and root, as strings |
//! | `quad_class` | int32 | GDELT quad class 1–4 |
//! | `goldstein` | float64? | GDELT Goldstein score |
//! | `plover` | utf8? | PLOVER event type |
//! | `status` | utf8 | reported, planned, expected, negated, … |
//! | `source_code`, `source_name`, `target_code`, `target_name` | utf8 | actors |
//! | `date`, `end_date` | date32? | the event's days |
//! | `date_precision` | utf8? | day, month, year, article |
//! | `location`, `country`, `adm1` | utf8? | where |
//! | `lat`, `lon` | float64? | |
//! | `num_articles`, `num_outlets`, `num_independent_outlets`, `num_mentions` | int32 | support |
//! | `first_reported` | date32? | earliest publication day of a report |
//! | `source_url` | utf8? | the first report |

use std::io::Write;
use std::sync::Arc;

use annals_model::{CameoTable, Date, Event};
use arrow_array::{ArrayRef, Date32Array, Float64Array, Int32Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

use crate::ExportError;

/// Events per row group.
pub const ROW_GROUP: usize = 65_536;

/// The columns of [`schema`], in order.
pub fn schema() -> Arc<Schema> {
    let s = |n: &str, null: bool| Field::new(n, DataType::Utf8, null);
    let i = |n: &str| Field::new(n, DataType::Int32, false);
    let f = |n: &str| Field::new(n, DataType::Float64, true);
    let d = |n: &str| Field::new(n, DataType::Date32, true);
    Arc::new(Schema::new(vec![
        s("event_id", false),
        s("cameo", false),
        s("root", false),
        i("quad_class"),
        f("goldstein"),
        s("plover", true),
        s("status", false),
        s("source_code", false),
        s("source_name", false),
        s("target_code", false),
        s("target_name", false),
        d("date"),
        d("end_date"),
        s("date_precision", true),
        s("location", true),
        s("country", true),
        s("adm1", true),
        f("lat"),
        f("lon"),
        i("num_articles"),
        i("num_outlets"),
        i("num_independent_outlets"),
        i("num_mentions"),
        d("first_reported"),
        s("source_url", true),
    ]))
}

/// Column buffers of one row group.
#[derive(Default)]
struct Rows {
    text: Vec<Vec<Option<String>>>,
    ints: Vec<Vec<i32>>,
    floats: Vec<Vec<Option<f64>>>,
    dates: Vec<Vec<Option<i32>>>,
    len: usize,
}

/// A Parquet export in progress: push events, then [`ParquetExport::finish`].
pub struct ParquetExport<W: Write + Send> {
    writer: ArrowWriter<W>,
    rows: Rows,
}

fn parquet_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::Parquet(e.to_string())
}

/// Days since 1970-01-01 (Arrow's date32).
fn days(d: Date) -> i32 {
    annals_model::day_number(d) as i32
}

impl<W: Write + Send> ParquetExport<W> {
    pub fn new(out: W) -> Result<Self, ExportError> {
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::default()))
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .build();
        let writer = ArrowWriter::try_new(out, schema(), Some(props)).map_err(parquet_error)?;
        Ok(ParquetExport {
            writer,
            rows: Rows {
                text: vec![Vec::new(); 14],
                ints: vec![Vec::new(); 5],
                floats: vec![Vec::new(); 3],
                dates: vec![Vec::new(); 3],
                len: 0,
            },
        })
    }

    /// Adds one event; a full row group is written out.
    pub fn push(&mut self, e: &Event, table: &CameoTable) -> Result<(), ExportError> {
        let info = table.get(&e.cameo);
        let loc = e.location.as_ref();
        let first = e.mentions.first();
        let name = |a: &annals_model::Actor| a.entity.clone().unwrap_or_else(|| a.name.clone());
        let text = [
            Some(e.event_id.clone()),
            Some(e.cameo.as_str().to_string()),
            Some(e.cameo.root().to_string()),
            info.and_then(|i| i.plover.clone()),
            Some(e.status.as_str().to_string()),
            Some(e.source.code.as_str().to_string()),
            Some(name(&e.source)),
            Some(e.target.code.as_str().to_string()),
            Some(name(&e.target)),
            e.date_precision.map(|p| p.as_str().to_string()),
            loc.map(|l| l.name.clone()),
            loc.map(|l| l.country.clone()),
            loc.and_then(|l| l.adm1_name.clone()),
            first.and_then(|m| m.url.clone().or_else(|| m.path.clone())),
        ];
        for (col, v) in self.rows.text.iter_mut().zip(text) {
            col.push(v);
        }
        let ints = [
            i32::from(info.map_or_else(|| e.cameo.quad_class(), |i| i.quad_class)),
            e.num_articles as i32,
            e.num_outlets as i32,
            e.num_independent_outlets as i32,
            e.mentions.len() as i32,
        ];
        for (col, v) in self.rows.ints.iter_mut().zip(ints) {
            col.push(v);
        }
        let floats = [
            info.and_then(|i| i.goldstein),
            loc.map(|l| l.lat),
            loc.map(|l| l.lon),
        ];
        for (col, v) in self.rows.floats.iter_mut().zip(floats) {
            col.push(v);
        }
        let dates = [
            e.date.map(days),
            e.end_date.map(days),
            e.mentions
                .iter()
                .filter_map(|m| m.published)
                .min()
                .map(days),
        ];
        for (col, v) in self.rows.dates.iter_mut().zip(dates) {
            col.push(v);
        }
        self.rows.len += 1;
        if self.rows.len >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), ExportError> {
        if self.rows.len == 0 {
            return Ok(());
        }
        let r = &mut self.rows;
        let t = |k: usize, r: &mut Rows| -> ArrayRef {
            Arc::new(StringArray::from(std::mem::take(&mut r.text[k])))
        };
        let i = |k: usize, r: &mut Rows| -> ArrayRef {
            Arc::new(Int32Array::from(std::mem::take(&mut r.ints[k])))
        };
        let f = |k: usize, r: &mut Rows| -> ArrayRef {
            Arc::new(Float64Array::from(std::mem::take(&mut r.floats[k])))
        };
        let d = |k: usize, r: &mut Rows| -> ArrayRef {
            Arc::new(Date32Array::from(std::mem::take(&mut r.dates[k])))
        };
        let columns: Vec<ArrayRef> = vec![
            t(0, r),
            t(1, r),
            t(2, r),
            i(0, r),
            f(0, r),
            t(3, r),
            t(4, r),
            t(5, r),
            t(6, r),
            t(7, r),
            t(8, r),
            d(0, r),
            d(1, r),
            t(9, r),
            t(10, r),
            t(11, r),
            t(12, r),
            f(1, r),
            f(2, r),
            i(1, r),
            i(2, r),
            i(3, r),
            i(4, r),
            d(2, r),
            t(13, r),
        ];
        r.len = 0;
        let batch = RecordBatch::try_new(schema(), columns).map_err(parquet_error)?;
        self.writer.write(&batch).map_err(parquet_error)
    }

    /// Writes the last row group and the file footer.
    pub fn finish(mut self) -> Result<(), ExportError> {
        self.flush()?;
        self.writer.close().map_err(parquet_error)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::cast::AsArray;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    #[test]
    fn events_read_back_from_the_parquet_file() {
        let path =
            std::env::temp_dir().join(format!("annals-parquet-{}.parquet", std::process::id()));
        let mut x = ParquetExport::new(std::fs::File::create(&path).unwrap()).unwrap();
        let table = CameoTable::builtin();
        for _ in 0..3 {
            x.push(&crate::testing::visit(), &table).unwrap();
        }
        x.finish().unwrap();
        let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap())
            .unwrap()
            .build()
            .unwrap();
        let batches: Vec<RecordBatch> = reader.map(Result::unwrap).collect();
        let b = &batches[0];
        assert_eq!(b.num_rows(), 3);
        assert_eq!(b.schema(), schema());
        let col = |n: &str| b.column_by_name(n).unwrap().clone();
        assert_eq!(col("cameo").as_string::<i32>().value(0), "042");
        assert_eq!(
            col("source_name").as_string::<i32>().value(0),
            "Gabriel Boric"
        );
        // 2024-03-05 is day 19,787 since 1970-01-01
        assert_eq!(
            col("date")
                .as_primitive::<arrow_array::types::Date32Type>()
                .value(0),
            19_787
        );
        assert_eq!(
            col("num_mentions")
                .as_primitive::<arrow_array::types::Int32Type>()
                .value(2),
            2
        );
        assert_eq!(col("location").as_string::<i32>().value(1), "Hanoi");
        let _ = std::fs::remove_file(&path);
    }
}
