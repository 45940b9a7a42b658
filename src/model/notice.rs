//! The covering notice and its date.

use std::fmt;
use std::str::FromStr;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use super::{LineRange, SourceLine};

/// The covering notice (通知) that precedes the breakdown itself.
///
/// Every field is optional because a document of this genre from another
/// source may lack it; a missing field is also reported as a warning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Notice {
    pub(crate) issuer: Option<String>,
    pub(crate) number: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) addressees: Option<String>,
    pub(crate) body: Vec<String>,
    pub(crate) signatory: Option<String>,
    pub(crate) date: Option<Date>,
    pub(crate) published: bool,
    pub(crate) lines: Option<LineRange>,
    /// Lines of the back matter (版记) after the tasks.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub(crate) end_matter: Vec<SourceLine>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) copied_to: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) printed: Option<Date>,
}

impl Notice {
    /// The issuing office, from the letterhead (`义乌市人民政府办公室文件`
    /// gives `义乌市人民政府办公室`); for a notice without one, as copied
    /// from a web page, the office its title names before 关于, 转发 or 印发
    /// (`XX县人民政府办公室关于印发…的通知`), else its signatory.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().notice().issuer(), Some("义乌市人民政府办公室"));
    /// ```
    pub fn issuer(&self) -> Option<&str> {
        self.issuer.as_deref()
    }

    /// The document number (文号), as written: `义政办发〔2022〕20号`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().notice().number(), Some("义政办发〔2022〕20号"));
    /// ```
    pub fn number(&self) -> Option<&str> {
        self.number.as_deref()
    }

    /// The notice's title, as written (`…关于印发…的通知`).
    ///
    /// # Example
    ///
    /// ```
    /// let title = yiwu_duties::breakdown().notice().title().unwrap();
    /// assert!(title.ends_with("的通知"));
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Whom the notice is addressed to (主送机关), without the final colon.
    ///
    /// # Example
    ///
    /// ```
    /// let to = yiwu_duties::breakdown().notice().addressees().unwrap();
    /// assert_eq!(to, "各镇人民政府，各街道办事处，市政府各部门");
    /// ```
    pub fn addressees(&self) -> Option<&str> {
        self.addressees.as_deref()
    }

    /// The body paragraphs of the notice, page breaks joined.
    ///
    /// # Example
    ///
    /// ```
    /// let body = yiwu_duties::breakdown().notice().body();
    /// assert_eq!(body.len(), 2);
    /// assert!(body[1].contains("建成世界小商品之都新征程"));
    /// ```
    pub fn body(&self) -> &[String] {
        &self.body
    }

    /// The signing office (落款), as written.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::breakdown().notice().signatory(), Some("义乌市人民政府办公室"));
    /// ```
    pub fn signatory(&self) -> Option<&str> {
        self.signatory.as_deref()
    }

    /// The date of issue (成文日期).
    ///
    /// # Example
    ///
    /// ```
    /// let date = yiwu_duties::breakdown().notice().date().unwrap();
    /// assert_eq!((date.year(), date.month(), date.day()), (2022, 3, 18));
    /// ```
    pub fn date(&self) -> Option<Date> {
        self.date
    }

    /// Whether the notice says it is published (`此件公开发布`).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(yiwu_duties::breakdown().notice().is_published());
    /// ```
    pub fn is_published(&self) -> bool {
        self.published
    }

    /// The source lines the notice occupies, if the document has one.
    ///
    /// # Example
    ///
    /// ```
    /// let lines = yiwu_duties::breakdown().notice().lines().unwrap();
    /// assert_eq!((lines.first(), lines.last()), (3, 24));
    /// ```
    pub fn lines(&self) -> Option<LineRange> {
        self.lines
    }

    /// The lines of the notice's back matter (版记), as written, where the
    /// document keeps them after its tasks: the offices a copy goes to
    /// (`抄送：县委办公室，县人大常委会办公室。`) and the printing line
    /// (`青川县人民政府办公室　2024年3月8日印发`, the office perhaps on a
    /// line of its own above the date). Empty when the document has none,
    /// as the 2022 Yiwu breakdown.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "\
    /// # 2024年青川县重点工作责任分解
    /// 1. 修路。（责任单位：县交通局）
    /// 抄送：县委办公室，县人大常委会办公室。
    /// 青川县人民政府办公室　2024年3月8日印发
    /// ";
    /// let notice = yiwu_duties::parse(text).unwrap().notice().clone();
    /// assert_eq!(notice.end_matter().len(), 2);
    /// assert_eq!(notice.end_matter()[1].line(), 4);
    /// assert!(yiwu_duties::breakdown().notice().end_matter().is_empty());
    /// ```
    pub fn end_matter(&self) -> &[SourceLine] {
        &self.end_matter
    }

    /// The offices a copy goes to (抄送), as the back matter writes them,
    /// without the label and the closing full stop.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "\
    /// # 2024年青川县重点工作责任分解
    /// 1. 修路。（责任单位：县交通局）
    /// 抄送：县委办公室，县人大常委会办公室。
    /// ";
    /// let b = yiwu_duties::parse(text).unwrap();
    /// assert_eq!(b.notice().copied_to(), Some("县委办公室，县人大常委会办公室"));
    /// ```
    pub fn copied_to(&self) -> Option<&str> {
        self.copied_to.as_deref()
    }

    /// The date the notice was printed (印发), from the back matter's
    /// printing line; usually a few days after [`Notice::date`].
    ///
    /// # Example
    ///
    /// ```
    /// let text = "\
    /// # 2024年青川县重点工作责任分解
    /// 1. 修路。（责任单位：县交通局）
    /// 青川县人民政府办公室　　2024年3月8日印发
    /// ";
    /// let printed = yiwu_duties::parse(text).unwrap().notice().printed().unwrap();
    /// assert_eq!((printed.year(), printed.month(), printed.day()), (2024, 3, 8));
    /// ```
    pub fn printed(&self) -> Option<Date> {
        self.printed
    }
}

/// A calendar date as written in the notice (`2022年3月18日`).
///
/// Displays and serializes as `YYYY-MM-DD`.
///
/// # Example
///
/// ```
/// use yiwu_duties::Date;
/// let date: Date = "2022-03-18".parse().unwrap();
/// assert_eq!(date.to_string(), "2022-03-18");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, if it exists in the (proleptic Gregorian) calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use yiwu_duties::Date;
    /// assert!(Date::new(2022, 3, 18).is_some());
    /// assert!(Date::new(2022, 13, 1).is_none());
    /// assert!(Date::new(2022, 2, 31).is_none());
    /// assert!(Date::new(2024, 2, 29).is_some() && Date::new(2023, 2, 29).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// The year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Date::new(2022, 3, 18).unwrap().year(), 2022);
    /// ```
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Date::new(2022, 3, 18).unwrap().month(), 3);
    /// ```
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(yiwu_duties::Date::new(2022, 3, 18).unwrap().day(), 18);
    /// ```
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The error returned when a string is not a `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a YYYY-MM-DD date: {0:?}")]
pub struct DateParseError(String);

impl FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Date, DateParseError> {
        let err = || DateParseError(s.to_owned());
        let mut fields = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(err());
        };
        let year = y.parse().map_err(|_| err())?;
        let month = m.parse().map_err(|_| err())?;
        let day = d.parse().map_err(|_| err())?;
        Date::new(year, month, day).ok_or_else(err)
    }
}

#[cfg(feature = "serde")]
impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
