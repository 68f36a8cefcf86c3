//! `annals`: news in, political event data out.
//!
//! The binary only wires the engine's stages together (ingest → code → store → query) and
//! reports errors once, with context, at the edge.

mod corpus;
mod db;
mod merge_bench;
mod output;
mod pipeline;
mod serve;
mod serve_bench;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context as _, Result};
use clap::{Parser, Subcommand, ValueEnum};

use annals_code::Coder;
use annals_model::Date;
use annals_recognise::ActorDictionary;
use annals_store::{EventFilter, Store};

/// mimalloc rather than the system allocator: coding an article allocates many small strings
/// and token vectors on several threads at once, and glibc's malloc spent a fifth of ingest's
/// time in `malloc`/`free` (measured with `perf` on a 10k-article ingest).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "annals",
    version,
    about = "Turns news articles into CAMEO event data with provenance."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads articles (.txt pages, .jsonl, directories, - for JSONL on stdin), codes their
    /// events and stores them. Re-ingesting the same article changes nothing.
    Ingest {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[command(flatten)]
        dicts: CoderArgs,
        /// Files or directories to read (.txt, .html, .jsonl, .warc, .warc.gz); - reads JSONL
        /// from stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Coding threads (default: all cores).
        #[arg(long, value_name = "N")]
        jobs: Option<usize>,
    },
    /// Lists merged events, most strongly supported first.
    Events {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Lists episodes: each reported visit with the events between the same two countries
    /// during it (hosting, meetings, agreements). Filters select the events linked.
    Episodes {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Lists the figures outlets give (money, percentages, counts) where they disagree:
    /// the same measure for the same countries with values more than 1% apart.
    Conflicts {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// List every figure, agreeing ones too.
        #[arg(long)]
        all: bool,
    },
    /// Exports events in the field's formats, streaming: GDELT 2.0 events or mentions
    /// (tab-separated, as GDELT's files), PLOVER JSONL, ICEWS's 20 columns, CSV.
    Export {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write here instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Start GDELT output with a header row of the column names.
        #[arg(long)]
        header: bool,
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// Imports GDELT 2.0 event rows (GDELT's tab-separated files or header CSVs) as events
    /// with no text, so GDELT and annals data can be queried side by side; each row is an
    /// article `gdelt:<GLOBALEVENTID>` with its source URL.
    Import {
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        #[arg(long, value_enum)]
        format: ImportFormat,
        /// The files to import.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Codes one sentence and shows how: tokens matched, actors, rule, status, date.
    Explain {
        /// The sentence to code.
        sentence: String,
        /// Publication date for resolving relative dates and office terms (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        dicts: CoderArgs,
    },
    /// Resolves an actor phrase ("Defence Minister Andrei Belousov", "Kyiv police") as of a
    /// date: its CAMEO code, entity, office held and PLOVER sector.
    Actor {
        /// The phrase to resolve.
        phrase: String,
        /// The date the phrase is read on (YYYY-MM-DD); without it, the latest office.
        #[arg(long)]
        date: Option<String>,
        /// Text around the phrase (or a country name) giving the country of a bare role.
        #[arg(long, default_value = "")]
        context: String,
        #[command(flatten)]
        dicts: CoderArgs,
    },
    /// Scores the coder on the gold sets in the shared reference folder: PETRARCH-2's
    /// validation and unit-test records, the CAMEO codebook's examples, the PLOVER gold records
    /// joined to CAMEO and the seeds' gold, per
    /// CAMEO root, next to a run of PETRARCH-2's own CAMEO.2.0 verb dictionary through the
    /// same pipeline.
    Eval {
        /// The shared reference folder.
        #[arg(long, value_name = "DIR", default_value = "../shared")]
        shared: PathBuf,
        /// Print every root's scores, not only the totals.
        #[arg(long)]
        roots: bool,
        /// Print the sentences annals missed or over-coded, with gold and coded events.
        #[arg(long)]
        misses: bool,
    },
    /// Measures coding speed on one core: sentences per second over the gold sets' sentences
    /// (PETRARCH-2 records, CAMEO codebook examples, seeds gold), repeated for a few seconds.
    Bench {
        /// The shared reference folder.
        #[arg(long, value_name = "DIR", default_value = "../shared")]
        shared: PathBuf,
        /// How long to run, in seconds.
        #[arg(long, default_value_t = 3.0)]
        seconds: f64,
        /// Instead: end-to-end ingest of generated corpora of these sizes (comma-separated,
        /// e.g. 10000,100000) in JSONL, HTML and WARC, into fresh stores in a temporary folder.
        #[arg(long, value_name = "N,N", value_delimiter = ',')]
        ingest: Option<Vec<usize>>,
        /// Instead: export speed of each format over this many events (e.g. 1000000), the
        /// events of the shipped samples repeated with new ids, written to a sink.
        #[arg(long, value_name = "N")]
        export: Option<usize>,
        /// Instead: merge cost per article as a store grows to this many mentions (e.g.
        /// 1000000), on a generated feed published day after day.
        #[arg(long, value_name = "N")]
        merge: Option<usize>,
        /// The store `--merge` grows, when not a temporary SQLite file: an empty PostgreSQL
        /// database (`postgres://user@host/db`).
        #[arg(long, value_name = "DB")]
        merge_db: Option<PathBuf>,
        /// Instead: load test of `annals serve` on this store (event queries from `--clients`
        /// connections for `--seconds`, while an ingest writes to the same store).
        #[arg(long, value_name = "DB")]
        serve: Option<PathBuf>,
        /// Client connections of the `--serve` load test.
        #[arg(long, default_value_t = 8)]
        clients: usize,
        /// `--serve` without the concurrent ingest: the read path alone.
        #[arg(long)]
        no_ingest: bool,
    },
    /// Serves the store over HTTP: a JSON API (events, one event with its evidence and linked
    /// events, actors, dyad time series, full-text search, ingest) and a web event browser.
    Serve {
        #[arg(long, default_value = "annals.db")]
        db: PathBuf,
        /// Address to listen on; only this machine unless told otherwise.
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: std::net::SocketAddr,
        /// Bearer token that `POST /api/ingest` requires (else $ANNALS_TOKEN; without either,
        /// ingest over HTTP is disabled).
        #[arg(long)]
        token: Option<String>,
        /// Largest request body accepted, in MiB.
        #[arg(long, default_value_t = 16)]
        max_body_mb: usize,
    },
    /// Writes a synthetic news corpus from annals' own templates (for benchmarks and tests):
    /// a JSONL file, a directory of HTML pages or a gzipped WARC file.
    Corpus {
        /// Number of articles.
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        #[arg(long, value_enum, default_value_t = corpus::CorpusFormat::Jsonl)]
        format: corpus::CorpusFormat,
        /// Seed of the generator (the same seed gives the same corpus).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Spread the publication dates over this many years (ending in 2025).
        #[arg(long, default_value_t = 1)]
        years: usize,
        /// Where to write (a file for jsonl and warc, a directory for html).
        #[arg(short, long, value_name = "PATH")]
        output: PathBuf,
    },
    /// Works with actor dictionaries.
    Dict {
        #[command(subcommand)]
        command: DictCommand,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ImportFormat {
    GdeltEvents,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    GdeltEvents,
    GdeltMentions,
    Plover,
    Icews,
    Csv,
    /// Parquet (needs -o FILE); schema in docs/EXPORTS.md.
    Parquet,
}

#[derive(Subcommand)]
enum DictCommand {
    /// Converts actor dictionaries between annals' TSV and PETRARCH/TABARI formats. Input
    /// formats are detected from content; the output goes to stdout or -o.
    Convert {
        /// Output format.
        #[arg(long, value_enum)]
        to: DictOut,
        /// Include annals' built-in actor dictionary.
        #[arg(long)]
        builtin: bool,
        /// Write here instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Dictionary files (annals TSV, PETRARCH actors or agents).
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DictOut {
    /// annals' TSV: kind, code, name, patterns, role, start, end.
    Annals,
    /// A PETRARCH actor dictionary (all entries but agents).
    PetrarchActors,
    /// A PETRARCH agents dictionary (the role nouns).
    PetrarchAgents,
}

#[derive(clap::Args)]
struct CoderArgs {
    /// An extra actor dictionary (annals TSV, PETRARCH actors or PETRARCH agents, detected
    /// from content) added to the built-in one; repeatable.
    #[arg(long = "dict", value_name = "FILE")]
    dicts: Vec<PathBuf>,
    /// The country the articles are about (a national paper's, e.g. IND), for roles the text
    /// gives no country or place for ("police arrested protesters" → INDCOP, INDCVL).
    #[arg(long, value_name = "CODE")]
    home_country: Option<String>,
}

#[derive(clap::Args)]
struct FilterArgs {
    /// Events with this actor code prefix on either side (RUS, RUSGOV).
    #[arg(long)]
    actor: Option<String>,
    /// Events between two actors, either direction: --dyad RUS,CHN.
    #[arg(long, value_name = "A,B")]
    dyad: Option<String>,
    /// CAMEO code prefix (04, 042).
    #[arg(long)]
    code: Option<String>,
    /// Events on or after this date (YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Events on or before this date (YYYY-MM-DD).
    #[arg(long)]
    until: Option<String>,
    /// Events reported by at least N independent outlets.
    #[arg(long, value_name = "N")]
    min_sources: Option<usize>,
    /// Only events with this status (reported, planned, expected, hypothetical, negated, alleged,
    /// denied); repeatable.
    #[arg(long)]
    status: Vec<String>,
    /// At most N events.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Jsonl,
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("annals: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// The database path: --db, else $ANNALS_DB, else ./annals.db.
/// Opens a store that must already exist (every verb but `ingest` and `import` reads one).
fn open_existing(db: Option<PathBuf>) -> Result<Box<dyn Store>> {
    let path = db_path(db)?;
    if !db::exists(&path) {
        bail!(
            "database {} does not exist; run `annals ingest` first",
            path.display()
        );
    }
    db::open(&path)
}

fn db_path(db: Option<PathBuf>) -> Result<PathBuf> {
    let p = db
        .or_else(|| std::env::var_os("ANNALS_DB").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("annals.db"));
    Ok(p)
}

fn parse_date(s: &str, what: &str) -> Result<Date> {
    s.parse::<Date>()
        .with_context(|| format!("{what}: {s:?} is not a date (YYYY-MM-DD)"))
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest {
            db,
            dicts,
            paths,
            jobs,
        } => {
            let jobs = jobs.unwrap_or_else(|| {
                std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
            });
            pipeline::ingest(&db_path(db)?, &paths, coder(&dicts)?, jobs)
        }
        Command::Events { db, format, filter } => {
            let store = open_existing(db)?;
            let f = filter_of(filter)?;
            let events = store.events(&f)?;
            let coder_table = annals_model::CameoTable::builtin();
            let mut out = std::io::stdout().lock();
            match format {
                Format::Jsonl => output::jsonl(&mut out, &events, &coder_table)?,
                Format::Csv => output::csv(&mut out, &events, &coder_table)?,
                Format::Table => output::table(&mut out, &events, &coder_table)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Episodes { db, format, filter } => {
            let store = open_existing(db)?;
            let events = store.events(&filter_of(filter)?)?;
            let episodes = annals_merge::episodes(&events);
            let table = annals_model::CameoTable::builtin();
            let mut out = std::io::stdout().lock();
            match format {
                Format::Table => output::episodes_table(&mut out, &episodes, &events, &table)?,
                Format::Jsonl | Format::Csv => {
                    output::episodes_jsonl(&mut out, &episodes, &events, &table)?
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Conflicts { db, format, all } => {
            let store = open_existing(db)?;
            let groups: Vec<annals_merge::ClaimGroup> = annals_merge::claim_groups(store.claims()?)
                .into_iter()
                .filter(|g| all || g.conflict)
                .collect();
            let mut out = std::io::stdout().lock();
            match format {
                Format::Table => output::claims_table(&mut out, &groups)?,
                Format::Jsonl | Format::Csv => output::claims_jsonl(&mut out, &groups)?,
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            db,
            format,
            output,
            header,
            filter,
        } => {
            let store = open_existing(db)?;
            let f = filter_of(filter)?;
            if let ExportFormat::Parquet = format {
                let Some(out) = output else {
                    bail!("--format parquet writes a binary file: give -o FILE");
                };
                let file = std::fs::File::create(&out)
                    .with_context(|| format!("creating {}", out.display()))?;
                let table = annals_model::CameoTable::builtin();
                let mut x = annals_export::parquet::ParquetExport::new(file)?;
                let mut n = 0usize;
                store
                    .for_each_event(&f, &mut |e| {
                        n += 1;
                        x.push(&e, &table)
                            .map_err(|e| std::io::Error::other(e.to_string()))?;
                        Ok(())
                    })
                    .context("exporting events")?;
                x.finish()?;
                eprintln!("annals: {n} events written to {}", out.display());
                return Ok(ExitCode::SUCCESS);
            }
            let sink: Box<dyn std::io::Write> = match &output {
                Some(p) => Box::new(
                    std::fs::File::create(p)
                        .with_context(|| format!("creating {}", p.display()))?,
                ),
                None => Box::new(std::io::stdout().lock()),
            };
            let n = export(
                store.as_ref(),
                &f,
                format,
                header,
                &mut std::io::BufWriter::new(sink),
            )?;
            if let Some(p) = output {
                eprintln!("annals: {n} events written to {}", p.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { db, format, files } => {
            let ImportFormat::GdeltEvents = format;
            import_gdelt(&db_path(db)?, &files)
        }
        Command::Explain {
            sentence,
            date,
            dicts,
        } => {
            let date = date.map(|d| parse_date(&d, "--date")).transpose()?;
            let coder = coder(&dicts)?;
            output::explain(&mut std::io::stdout().lock(), &coder, &sentence, date)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Actor {
            phrase,
            date,
            context,
            dicts,
        } => {
            let date = date.map(|d| parse_date(&d, "--date")).transpose()?;
            let coder = coder(&dicts)?;
            let mut actor = coder.recogniser.resolve(&phrase, &context, date);
            // a role of no country takes the home country, as in coding
            if let (Some(a), Some(home)) = (actor.as_mut(), &coder.home_country) {
                if a.code.country() == annals_recognise::UNKNOWN_COUNTRY {
                    a.code = annals_model::ActorCode(format!("{home}{}", a.code.role()));
                }
            }
            output::actor(&mut std::io::stdout().lock(), actor.as_ref())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            shared,
            seconds,
            ingest,
            export,
            merge,
            merge_db,
            serve,
            clients,
            no_ingest,
        } => match (ingest, export, merge, serve) {
            (Some(n), ..) => bench_ingest(&shared, &n),
            (None, Some(n), ..) => bench_export(n),
            (None, None, Some(n), _) => {
                merge_bench::run(n, merge_db.as_deref()).map(|()| ExitCode::SUCCESS)
            }
            (None, None, None, Some(db)) => {
                serve_bench::run(&db, seconds, clients, !no_ingest).map(|()| ExitCode::SUCCESS)
            }
            (None, None, None, None) => bench(&shared, seconds),
        },
        Command::Serve {
            db,
            bind,
            token,
            max_body_mb,
        } => {
            let token = token
                .or_else(|| std::env::var("ANNALS_TOKEN").ok())
                .filter(|t| !t.is_empty());
            serve::run(serve::Config {
                db,
                bind,
                token,
                max_body: max_body_mb.saturating_mul(1 << 20),
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Corpus {
            articles,
            format,
            seed,
            years,
            output,
        } => {
            corpus::write(&output, format, articles, seed, years)?;
            eprintln!(
                "annals: {articles} articles written to {}",
                output.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            shared,
            roots,
            misses,
        } => eval(&shared, roots, misses),
        Command::Dict {
            command:
                DictCommand::Convert {
                    to,
                    builtin,
                    output,
                    files,
                },
        } => {
            let mut dict = if builtin {
                ActorDictionary::builtin()
            } else {
                ActorDictionary::default()
            };
            if files.is_empty() && !builtin {
                bail!("give dictionary files to convert, or --builtin");
            }
            add_dicts(&mut dict, &files)?;
            let text = match to {
                DictOut::Annals => dict.to_tsv(),
                DictOut::PetrarchActors => dict.to_petrarch().0,
                DictOut::PetrarchAgents => dict.to_petrarch().1,
            };
            match output {
                Some(p) => {
                    std::fs::write(&p, text).with_context(|| format!("writing {}", p.display()))?
                }
                None => {
                    use std::io::Write as _;
                    std::io::stdout().lock().write_all(text.as_bytes())?
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A coder over the built-in dictionaries plus the user's `--dict` files and home country.
fn coder(args: &CoderArgs) -> Result<Coder> {
    let mut coder = Coder::builtin();
    add_dicts(&mut coder.recogniser.actors, &args.dicts)?;
    if let Some(c) = &args.home_country {
        if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
            bail!("--home-country {c:?}: want a three-letter country code such as IND");
        }
        coder.home_country = Some(c.clone());
    }
    Ok(coder)
}

/// Adds reference dictionaries whose known data errors need no report.
fn quietly_add_dicts(dict: &mut ActorDictionary, files: &[PathBuf]) -> Result<()> {
    for f in files {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("reading dictionary {}", f.display()))?;
        dict.add_any(&f.display().to_string(), &text);
    }
    Ok(())
}

/// Adds dictionary files; a malformed entry is reported (file and line) and skipped, an
/// unreadable file is an error.
fn add_dicts(dict: &mut ActorDictionary, files: &[PathBuf]) -> Result<()> {
    for f in files {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("reading dictionary {}", f.display()))?;
        let errors = dict.add_any(&f.display().to_string(), &text);
        for e in errors.iter().take(20) {
            eprintln!("annals: {e}");
        }
        if errors.len() > 20 {
            eprintln!(
                "annals: {}: {} more malformed entries skipped",
                f.display(),
                errors.len() - 20
            );
        }
    }
    Ok(())
}

fn filter_of(a: FilterArgs) -> Result<EventFilter> {
    let dyad = match a.dyad {
        None => None,
        Some(d) => match d.split_once(',') {
            Some((x, y)) if !x.trim().is_empty() && !y.trim().is_empty() => {
                Some((x.trim().to_string(), y.trim().to_string()))
            }
            _ => bail!("--dyad wants two actor codes separated by a comma, e.g. RUS,CHN"),
        },
    };
    for s in &a.status {
        if annals_model::Status::parse(s).is_none() {
            bail!("--status {s:?}: want reported, planned, expected, hypothetical, negated, alleged or denied");
        }
    }
    Ok(EventFilter {
        actor: a.actor,
        dyad,
        code: a.code,
        since: a.since.map(|d| parse_date(&d, "--since")).transpose()?,
        begins_since: None,
        until: a.until.map(|d| parse_date(&d, "--until")).transpose()?,
        min_sources: a.min_sources,
        statuses: a.status,
        limit: a.limit,
        offset: None,
    })
}

/// `annals eval`: every gold set, with annals' verb dictionary and with PETRARCH-2's.
fn eval(shared: &Path, roots: bool, misses: bool) -> Result<ExitCode> {
    let reference = shared.join("reference");
    let verbs_file = reference.join("petrarch2/CAMEO.2.0.txt");
    let verbs_text = std::fs::read_to_string(&verbs_file)
        .with_context(|| format!("reading {}", verbs_file.display()))?;
    let mut baseline = Coder::builtin();
    baseline.verbs = annals_code::verbs::VerbDictionary::default();
    let (stats, errors) = baseline
        .verbs
        .add_petrarch(&verbs_file.display().to_string(), &verbs_text);
    eprintln!(
        "annals: PETRARCH-2 verbs: {} blocks, {} verbs, {} rows; skipped {} pre-verb-only patterns, {} no-event codes; {} malformed lines",
        stats.blocks,
        stats.verbs,
        stats.rows,
        stats.skipped_pre_only,
        stats.skipped_no_code,
        errors.len()
    );
    let coder = Coder::builtin();
    let read = |path: PathBuf,
                reader: fn(
        &str,
        &str,
    )
        -> Result<Vec<annals_eval::GoldSentence>, annals_eval::EvalError>|
     -> Result<Vec<annals_eval::GoldSentence>> {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        Ok(reader(&path.display().to_string(), &text)?)
    };
    // each set with the actor dictionaries it was made with, added to annals' own
    let petrarch = reference.join("petrarch2");
    let phoenix: Vec<PathBuf> = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
    ]
    .iter()
    .map(|f| petrarch.join(f))
    .collect();
    let validate: Vec<PathBuf> = ["PETR.Validate.actors.txt", "PETR.Validate.agents.txt"]
        .iter()
        .map(|f| petrarch.join(f))
        .collect();
    let sets = [
        (
            "PETRARCH-2 GSR",
            read(
                petrarch.join("universalpetrarch/PETR2_GSR_validation.xml"),
                annals_eval::gsr::read,
            )?,
            phoenix,
        ),
        (
            "PETRARCH-2 unit tests",
            read(
                petrarch.join("PETR.UnitTest.records.xml"),
                annals_eval::gsr::read,
            )?,
            validate,
        ),
        (
            "CAMEO codebook examples",
            read(
                reference.join("cameo/cameo_eventtypes_icews_plus_codebook.csv"),
                annals_eval::codebook::read,
            )?,
            vec![],
        ),
        (
            "PLOVER GSR (CAMEO-joined)",
            read(
                reference
                    .join("plover/gold_standard_records/PLOVER_GSR_CAMEO.matched_cameo_codes.tsv"),
                annals_eval::plover::read,
            )?,
            vec![],
        ),
    ];
    let mut out = std::io::stdout().lock();
    use std::io::Write as _;
    writeln!(
        out,
        "{:<26} {:>9}  {:>6} {:>6} {:>6}  {:>6} {:>6}   {:>6} {:>6} {:>6}",
        "gold set", "sentences", "P", "R", "F1", "src", "tgt", "P", "R", "F1"
    )?;
    writeln!(
        out,
        "{:<26} {:>9}  {:^20}  {:^13}   {:^20}",
        "", "", "annals (root level)", "agreement", "PETRARCH-2 verbs"
    )?;
    let mut details = Vec::new();
    let mut row =
        |name: &str, ours: annals_eval::Report, theirs: annals_eval::Report| -> Result<()> {
            let (a, b) = (ours.total(), theirs.total());
            let (sa, ta) = ours.agreement();
            writeln!(
                out,
                "{:<26} {:>9}  {:>6.3} {:>6.3} {:>6.3}  {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}",
                name,
                ours.sentences,
                a.precision(),
                a.recall(),
                a.f1(),
                sa,
                ta,
                b.precision(),
                b.recall(),
                b.f1()
            )?;
            details.push(ours);
            Ok(())
        };
    for (name, gold, dicts) in &sets {
        let (mut ours, mut theirs) = (coder.clone(), baseline.clone());
        quietly_add_dicts(&mut ours.recogniser.actors, dicts)?;
        quietly_add_dicts(&mut theirs.recogniser.actors, dicts)?;
        row(
            name,
            annals_eval::evaluate(&ours, name, gold, annals_eval::Counted::Happened),
            annals_eval::evaluate(&theirs, name, gold, annals_eval::Counted::Happened),
        )?;
    }
    let seeds = shared.join("corpus/seeds");
    row(
        "seeds gold",
        annals_eval::seeds::evaluate(&coder, &seeds)?,
        annals_eval::seeds::evaluate(&baseline, &seeds)?,
    )?;
    // event-type sets: per-sentence type predictions through the documented root mapping
    let typed = [
        (
            "CASE 2021 task 2",
            reference.join("case2021-task2/test_set_final_release_with_labels.tsv"),
            annals_eval::types::read_case2021
                as fn(
                    &str,
                    &str,
                )
                    -> Result<Vec<annals_eval::types::TypedSentence>, annals_eval::EvalError>,
            annals_eval::types::CASE2021,
        ),
        (
            "IndiaPoliceEvents",
            reference.join("india-police-events/sents.csv"),
            annals_eval::types::read_india_police,
            annals_eval::types::INDIA_POLICE,
        ),
    ];
    writeln!(
        out,
        "\n{:<26} {:>9}  {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}",
        "event-type set", "sentences", "P", "R", "F1", "P", "R", "F1"
    )?;
    for (name, path, reader, mapping) in typed {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let gold = reader(&path.display().to_string(), &text)?;
        // IndiaPoliceEvents is about India (Gujarat, 2002): its home country
        let (mut ours, mut theirs) = (coder.clone(), baseline.clone());
        if name == "IndiaPoliceEvents" {
            ours.home_country = Some("IND".into());
            theirs.home_country = Some("IND".into());
        }
        let ours = annals_eval::types::evaluate_types(&ours, name, &gold, mapping);
        let theirs = annals_eval::types::evaluate_types(&theirs, name, &gold, mapping);
        let (a, b) = (ours.total(), theirs.total());
        writeln!(
            out,
            "{:<26} {:>9}  {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}",
            name,
            ours.sentences,
            a.precision(),
            a.recall(),
            a.f1(),
            b.precision(),
            b.recall(),
            b.f1()
        )?;
        if roots {
            writeln!(out, "  {:<30}      P      R     F1   tp   fp   fn", "type")?;
            for (t, c) in &ours.types {
                writeln!(out, "  {t:<30} {}", c.columns())?;
            }
        }
    }
    for r in details {
        if roots {
            writeln!(out, "\n{r}")?;
        }
        if misses {
            writeln!(out, "\n{}: sentences missed or over-coded", r.name)?;
            for m in &r.misses {
                writeln!(out, "  {m}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `annals bench`: the coder's speed on one core.
fn bench(shared: &Path, seconds: f64) -> Result<ExitCode> {
    let reference = shared.join("reference");
    let mut sentences: Vec<String> = Vec::new();
    for (path, reader) in [
        (
            reference.join("petrarch2/universalpetrarch/PETR2_GSR_validation.xml"),
            annals_eval::gsr::read as fn(&str, &str) -> _,
        ),
        (
            reference.join("petrarch2/PETR.UnitTest.records.xml"),
            annals_eval::gsr::read,
        ),
        (
            reference.join("cameo/cameo_eventtypes_icews_plus_codebook.csv"),
            annals_eval::codebook::read,
        ),
    ] {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        sentences.extend(
            reader(&path.display().to_string(), &text)?
                .into_iter()
                .map(|g| g.text),
        );
    }
    let start = std::time::Instant::now();
    let coder = Coder::builtin();
    let load = start.elapsed();
    let (mut coded, mut events, mut bytes) = (0usize, 0usize, 0usize);
    let start = std::time::Instant::now();
    while start.elapsed().as_secs_f64() < seconds {
        for s in &sentences {
            events += coder
                .code_sentence(s, None, &mut annals_recognise::Context::new())
                .len();
            bytes += s.len();
        }
        coded += sentences.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "coder: {} distinct sentences, {coded} coded in {secs:.2} s on one thread: {:.0} sentences/s, {:.1} MB/s, {events} events; dictionaries loaded in {:.0} ms",
        sentences.len(),
        coded as f64 / secs,
        bytes as f64 / secs / 1e6,
        load.as_secs_f64() * 1e3
    );
    bench_geocoder(&sentences, seconds);
    Ok(ExitCode::SUCCESS)
}

/// `annals import --format gdelt-events`: GDELT rows as text-less articles and mentions.
fn import_gdelt(db: &Path, files: &[PathBuf]) -> Result<ExitCode> {
    let mut store = db::open(db)?;
    let fips = annals_export::Fips::builtin();
    let (mut imported, mut skipped, mut errors) = (0usize, 0usize, 0usize);
    for file in files {
        let text =
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        let (rows, bad) = annals_export::gdelt::read_events(&text, &file.display().to_string());
        for e in &bad {
            eprintln!("annals: {e}");
        }
        errors += bad.len();
        let mut pairs = Vec::new();
        for row in &rows {
            match annals_export::gdelt::to_mention(row, &fips) {
                Ok(p) => pairs.push(p),
                Err(_) => skipped += 1,
            }
        }
        for chunk in pairs.chunks(500) {
            let mentions: Vec<[annals_model::Mention; 1]> =
                chunk.iter().map(|(_, m)| [m.clone()]).collect();
            let batch: Vec<annals_store::Coded> = chunk
                .iter()
                .zip(&mentions)
                .map(|((a, _), m)| annals_store::Coded {
                    article: a,
                    sentences: &[],
                    mentions: m,
                    claims: &[],
                })
                .collect();
            imported += store
                .put_batch(&batch)
                .context("storing imported events")?
                .iter()
                .filter(|s| !matches!(s, annals_store::Stored::Unchanged))
                .count();
        }
    }
    let events = store.update_events().context("merging events")?;
    eprintln!(
        "annals: {imported} GDELT events imported, {skipped} rows skipped (no actor, code or date), {errors} bad rows; {events} events in {}",
        db.display()
    );
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Streams the selected events to `out` in an export format; returns how many were written.
fn export(
    store: &dyn Store,
    f: &EventFilter,
    format: ExportFormat,
    header: bool,
    out: &mut impl std::io::Write,
) -> Result<usize> {
    use annals_export::{gdelt, icews, plover};
    let table = annals_model::CameoTable::builtin();
    let fips = annals_export::Fips::builtin();
    match (format, header) {
        (ExportFormat::GdeltEvents, true) => writeln!(out, "{}", gdelt::EVENT_COLUMNS.join("\t"))?,
        (ExportFormat::GdeltMentions, true) => {
            writeln!(out, "{}", gdelt::MENTION_COLUMNS.join("\t"))?
        }
        (ExportFormat::Icews, _) => icews::write_header(out)?,
        (ExportFormat::Csv, _) => output::csv_header(out)?,
        _ => {}
    }
    let mut n = 0usize;
    store
        .for_each_event(f, &mut |e| {
            n += 1;
            match format {
                ExportFormat::GdeltEvents => {
                    gdelt::write_event(out, &gdelt::event_row(&e, &table, &fips))?
                }
                ExportFormat::GdeltMentions => gdelt::write_mentions(out, &e)?,
                ExportFormat::Plover => writeln!(out, "{}", plover::record(&e, &table))?,
                ExportFormat::Icews => icews::write_event(out, &e, &table)?,
                ExportFormat::Csv => output::csv_row(out, &e, &table)?,
                ExportFormat::Parquet => unreachable!("parquet is written by its own path"),
            }
            Ok(())
        })
        .context("exporting events")?;
    out.flush()?;
    Ok(n)
}

/// `annals bench --export N`: each export format's speed over N events, written to a sink.
fn bench_export(n: usize) -> Result<ExitCode> {
    use annals_export::{gdelt, icews, plover};
    // the sample articles' events, coded here, repeated with fresh ids
    let coder = Coder::builtin();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut mentions = Vec::new();
    annals_ingest::read_path(&samples, &mut |r| {
        if let Ok(a) = r {
            for m in coder.code_article(&a).mentions {
                mentions.push(annals_model::MentionRef {
                    mention: m,
                    path: a.path.clone(),
                    url: a.url.clone(),
                    outlet: a.outlet.clone(),
                    published: a.published,
                });
            }
        }
    });
    let base = annals_merge::merge(mentions);
    if base.is_empty() {
        bail!("no events in {}", samples.display());
    }
    let table = annals_model::CameoTable::builtin();
    let fips = annals_export::Fips::builtin();
    println!("format          events   seconds    events/s   MB written");
    for name in [
        "gdelt-events",
        "gdelt-mentions",
        "plover",
        "icews",
        "csv",
        "parquet",
    ] {
        let mut out = CountingSink(0);
        let start = std::time::Instant::now();
        if name == "parquet" {
            let mut sink = CountingSink(0);
            let mut x = annals_export::parquet::ParquetExport::new(&mut sink)?;
            for i in 0..n {
                let mut e = base[i % base.len()].clone();
                e.event_id = format!("ev-{:016x}", i as u64 * 0x9e37_79b9 + 7);
                x.push(&e, &table)?;
            }
            x.finish()?;
            let secs = start.elapsed().as_secs_f64();
            println!(
                "{name:<14} {n:>8} {secs:>9.2} {:>11.0} {:>12.1}",
                n as f64 / secs,
                sink.0 as f64 / 1e6
            );
            continue;
        }
        for i in 0..n {
            let mut e = base[i % base.len()].clone();
            e.event_id = format!("ev-{:016x}", i as u64 * 0x9e37_79b9 + 7);
            match name {
                "gdelt-events" => {
                    gdelt::write_event(&mut out, &gdelt::event_row(&e, &table, &fips))?
                }
                "gdelt-mentions" => gdelt::write_mentions(&mut out, &e)?,
                "plover" => {
                    use std::io::Write as _;
                    writeln!(out, "{}", plover::record(&e, &table))?
                }
                "icews" => icews::write_event(&mut out, &e, &table)?,
                _ => output::csv_row(&mut out, &e, &table)?,
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name:<14} {n:>8} {secs:>9.2} {:>11.0} {:>12.1}",
            n as f64 / secs,
            out.0 as f64 / 1e6
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// A writer that only counts bytes.
struct CountingSink(usize);

impl std::io::Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `annals bench --ingest N,…`: generates each corpus size in each format (and the shared
/// seed pages repeated to that many articles), ingests it into a fresh store with all cores,
/// and prints articles/s, sentences/s, each stage's time, the peak resident memory of the
/// ingest process, and how the time grows from the smallest size to the largest.
fn bench_ingest(shared: &Path, sizes: &[usize]) -> Result<ExitCode> {
    let exe = std::env::current_exe().context("finding the annals binary")?;
    let dir = std::env::temp_dir().join(format!("annals-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let seeds = read_seed_pages(&shared.join("corpus/seeds"));
    if seeds.is_empty() {
        eprintln!(
            "annals: no seed pages under {}: the seeds row is left out",
            shared.join("corpus/seeds").display()
        );
    }
    println!(
        "format  articles   seconds  articles/s  sentences/s  peak RSS MiB   read s  code s  store s  merge s"
    );
    // (format, articles, seconds) of every run, for the growth summary
    let mut runs: Vec<(&str, usize, f64)> = Vec::new();
    for &n in sizes {
        for (format, name) in [
            ("jsonl", "corpus.jsonl"),
            ("html", "html"),
            ("warc", "corpus.warc.gz"),
            ("seeds", "seeds.jsonl"),
        ] {
            let input = dir.join(format!("{n}-{name}"));
            match format {
                "jsonl" => corpus::write(&input, corpus::CorpusFormat::Jsonl, n, 1, 1)?,
                "html" => corpus::write(&input, corpus::CorpusFormat::Html, n, 1, 1)?,
                "warc" => corpus::write(&input, corpus::CorpusFormat::Warc, n, 1, 1)?,
                _ if seeds.is_empty() => continue,
                _ => write_repeated_seeds(&input, &seeds, n)?,
            }
            let db = dir.join(format!("{n}-{name}.db"));
            let _ = std::fs::remove_file(&db);
            let start = std::time::Instant::now();
            // a child process, so its peak memory is its own
            let out = std::process::Command::new(&exe)
                .args(["ingest", "--db"])
                .arg(&db)
                .arg(&input)
                .env("ANNALS_REPORT_PEAK", "1")
                .output()
                .context("running annals ingest")?;
            let secs = start.elapsed().as_secs_f64();
            let log = String::from_utf8_lossy(&out.stderr);
            let field = |key: &str| -> f64 {
                log.lines()
                    .find_map(|l| l.split_once(key).map(|(_, r)| r))
                    .and_then(|r| r.split_whitespace().next())
                    .and_then(|v| v.trim_end_matches([',', ';']).parse().ok())
                    .unwrap_or(f64::NAN)
            };
            let sentences = db::open(&db)?.counts()?[1] as f64;
            println!(
                "{:<6} {:>9} {:>9.1} {:>11.0} {:>12.0} {:>13.0} {:>8.1} {:>7.1} {:>8.1} {:>8.1}",
                format,
                n,
                secs,
                n as f64 / secs,
                sentences / secs,
                field("peak resident memory "),
                field("stages: reading "),
                field("extracting and coding "),
                field("storing "),
                field("merging events "),
            );
            if !out.status.success() {
                eprintln!("{log}");
            }
            runs.push((format, n, secs));
            let _ = std::fs::remove_file(&db);
            let _ = std::fs::remove_dir_all(&input).or_else(|_| std::fs::remove_file(&input));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    for format in ["jsonl", "html", "warc", "seeds"] {
        let of: Vec<&(&str, usize, f64)> = runs.iter().filter(|r| r.0 == format).collect();
        if let (Some(a), Some(b)) = (of.first(), of.last()) {
            if b.1 > a.1 {
                println!(
                    "{format}: {}x the articles took {:.2}x the time (linear: {0}x)",
                    b.1 / a.1.max(1),
                    b.2 / a.2
                );
            }
        }
    }
    println!(
        "(code s is thread time summed over the coding threads; read s includes waiting on them)"
    );
    Ok(ExitCode::SUCCESS)
}

/// The seed pages (`*.txt`) of the shared corpus: (file stem, text).
fn read_seed_pages(dir: &Path) -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            Some((p.file_stem()?.to_string_lossy().into_owned(), text))
        })
        .collect();
    pages.sort();
    pages
}

/// `n` articles as JSONL: the seed pages over and over, each copy its own article (id and
/// outlet) and, as a seed file is, dated from its own text. Real pages with their junk, and a worst case for merging:
/// every copy joins the same events.
fn write_repeated_seeds(out: &Path, seeds: &[(String, String)], n: usize) -> Result<()> {
    use std::io::Write as _;
    let ctx = || format!("writing {}", out.display());
    let mut f = std::io::BufWriter::new(std::fs::File::create(out).with_context(ctx)?);
    for i in 0..n {
        let (stem, text) = &seeds[i % seeds.len()];
        let copy = i / seeds.len();
        let line = serde_json::json!({
            "id": format!("seed-{copy}-{stem}"),
            "outlet": format!("outlet{}", copy % 97),
            "text": text,
        });
        writeln!(f, "{line}").with_context(ctx)?;
    }
    f.flush().with_context(ctx)?;
    Ok(())
}

/// Peak resident set size of this process in KiB (Linux `/proc/self/status` VmHWM), if known.
pub(crate) fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The gazetteer alone: load time, resident memory it adds, and place-name lookups over the
/// same sentences (every word position tried, longest match first).
fn bench_geocoder(sentences: &[String], seconds: f64) {
    let words: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| {
            annals_recognise::tokenize(s)
                .into_iter()
                .map(|t| t.text)
                .collect()
        })
        .collect();
    let rss_before = resident_kib();
    let start = std::time::Instant::now();
    let gazetteer = annals_recognise::Gazetteer::builtin();
    let load = start.elapsed();
    let rss_after = resident_kib();
    let (mut looked, mut found, mut positions) = (0usize, 0usize, 0usize);
    let start = std::time::Instant::now();
    while start.elapsed().as_secs_f64() < seconds {
        for w in &words {
            let w: Vec<&str> = w.iter().map(String::as_str).collect();
            let mut i = 0;
            while i < w.len() {
                positions += 1;
                match gazetteer.longest(&w, i) {
                    Some((n, _)) => {
                        found += 1;
                        i += n;
                    }
                    None => i += 1,
                }
            }
        }
        looked += words.len();
    }
    let secs = start.elapsed().as_secs_f64();
    let memory = match (rss_before, rss_after) {
        (Some(a), Some(b)) => format!("{:.1} MiB resident", b.saturating_sub(a) as f64 / 1024.0),
        _ => "memory not measured on this system".to_string(),
    };
    println!(
        "geocoder: {} places loaded in {:.0} ms ({memory}); {:.0} sentences/s, {:.2} M word positions/s, {found} place names found in {looked} sentences",
        gazetteer.len(),
        load.as_secs_f64() * 1e3,
        looked as f64 / secs,
        positions as f64 / secs / 1e6,
    );
}

/// This process's resident set size in KiB (Linux `/proc/self/status`), if known.
fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}
