//! The JSON and CSV export records: their shape is a public contract for
//! data users, so it is pinned here field by field.
#![cfg(feature = "serde")]

use serde_json::json;
use yiwu_duties::export::Export;

#[test]
fn json_has_the_documented_shape() {
    let export = Export::new(yiwu_duties::breakdown());
    let value = serde_json::to_value(&export).unwrap();
    assert_eq!(
        value["notice"],
        json!({
            "issuer": "义乌市人民政府办公室",
            "number": "义政办发〔2022〕20号",
            "date": "2022-03-18",
            "title": "义乌市人民政府办公室 关于印发 2022 年政府工作报告重点工作责任分解的通知",
        })
    );
    let tasks = value["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 226);
    let task = tasks.iter().find(|t| t["id"] == "K2.1.4").unwrap();
    let mut task = task.clone();
    task.as_object_mut().unwrap().remove("targets");
    assert_eq!(
        task,
        json!({
            "id": "K2.1.4",
            "part": "key_work",
            "group": 2,
            "leaders": [{"name": "喻新贵", "titles": ["常务副市长"], "other_titles": []}],
            "area": {"ordinal": 1, "name": "投资和项目"},
            "deadline": null,
            "label": null,
            "number": 4,
            "text": "启动苏溪国际枢纽港建设。",
            "units": [
                {"name": "自贸发展区管委会", "canonical": "自贸发展区管委会", "role": "lead"},
                {"name": "义乌港", "canonical": "义乌港", "role": "lead"},
                {"name": "自规局", "canonical": "自规局", "role": "joint"},
                {"name": "市场发展委", "canonical": "市场发展委", "role": "joint"},
                {"name": "苏溪镇", "canonical": "苏溪镇", "role": "joint"},
            ],
            "lines": [40, 40],
        })
    );
    let livelihood = tasks.iter().find(|t| t["id"] == "L2.1").unwrap();
    assert_eq!(livelihood["part"], "livelihood");
    assert_eq!(livelihood["area"], serde_json::Value::Null);
    assert_eq!(
        livelihood["leaders"][0]["titles"],
        json!(["常委", "副市长"])
    );
}

#[test]
fn json_round_trips() {
    let export = Export::new(yiwu_duties::breakdown());
    let text = serde_json::to_string(&export).unwrap();
    let back: Export = serde_json::from_str(&text).unwrap();
    assert_eq!(back, export);
}

#[test]
fn the_model_round_trips_through_serde() {
    let b = yiwu_duties::breakdown();
    let text = serde_json::to_string(b).unwrap();
    let back: yiwu_duties::Breakdown = serde_json::from_str(&text).unwrap();
    assert_eq!(&back, b);
}

/// Every genre fixture round trips too: the fields the seed lacks (a
/// part's attachment label, notes and span of years) are written and
/// read back; the seed's JSON, where they are absent, has none of them.
#[test]
fn genre_fixtures_round_trip_through_serde() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut with_new_fields = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("genre-") {
            continue;
        }
        let b = yiwu_duties::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = serde_json::to_string(&b).unwrap();
        let back: yiwu_duties::Breakdown = serde_json::from_str(&text).unwrap();
        assert_eq!(back, b, "{name}");
        if ["\"attachment\"", "\"notes\"", "\"year_span\""]
            .iter()
            .any(|field| text.contains(field))
        {
            with_new_fields += 1;
        }
    }
    assert!(with_new_fields >= 4, "{with_new_fields}");
    let seed = serde_json::to_string(yiwu_duties::breakdown()).unwrap();
    assert!(!seed.contains("\"year_span\"") && !seed.contains("\"attachment\""));
}

#[test]
fn csv_has_one_row_per_task_and_unit() {
    let export = Export::new(yiwu_duties::breakdown());
    let rows: Vec<_> = export.unit_rows().collect();
    let assignments: usize = yiwu_duties::breakdown()
        .tasks()
        .map(|t| t.assignments().len())
        .sum();
    assert_eq!(rows.len(), assignments);
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in &rows[..2] {
        writer.serialize(row).unwrap();
    }
    let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    assert_eq!(
        text,
        "task_id,part,group,leaders,area_ordinal,area,number,text,unit,canonical,role,first_line,last_line\n\
         K1.1,key_work,1,叶帮锐,,,1,一般公共预算收入增速高于全省平均。,财政局,财政局,sole,30,30\n\
         K1.2,key_work,1,叶帮锐,,,2,探索生态、土地互助补偿机制，加大薄弱镇专项转移支付力度。,财政局,财政局,lead,31,31\n"
    );
}

#[test]
fn units_csv_has_one_canonical_name_per_registry_unit() {
    let export = Export::new(yiwu_duties::breakdown());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in export.unit_rows() {
        writer.serialize(row).unwrap();
    }
    let text = writer.into_inner().unwrap();
    let mut reader = csv::Reader::from_reader(text.as_slice());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (unit, canonical) = (column("unit"), column("canonical"));
    let mut written = std::collections::HashSet::new();
    let mut canonicals = std::collections::HashSet::new();
    for record in reader.records() {
        let record = record.unwrap();
        written.insert(record[unit].to_owned());
        canonicals.insert(record[canonical].to_owned());
    }
    let registry = yiwu_duties::index().units();
    assert_eq!(written.len(), 113);
    assert_eq!(canonicals.len(), 108);
    assert_eq!(canonicals.len(), registry.len());
    for u in registry {
        assert!(canonicals.contains(u.name()), "{}", u.name());
    }
}

#[test]
fn target_rows_carry_canonical_carriers() {
    let index = yiwu_duties::index();
    for row in yiwu_duties::export::target_rows(index) {
        let written: Vec<_> = row.carriers.split('、').collect();
        let canonical: Vec<_> = row.carriers_canonical.split('、').collect();
        assert_eq!(written.len(), canonical.len(), "{}", row.task_id);
        for (w, c) in written.iter().zip(&canonical) {
            assert_eq!(index.unit(w).unwrap().name(), *c, "{}", row.task_id);
        }
    }
}

#[test]
fn matrix_and_network_rows_use_canonical_names() {
    let index = yiwu_duties::index();
    let canonical = |name: &str| index.units().iter().any(|u| u.name() == name);
    assert!(index.leader_unit_matrix().all(|r| canonical(&r.unit)));
    assert!(!index.leader_unit_matrix().any(|r| r.unit == "执法局"));
    let network = index.network(yiwu_duties::Include::ALL);
    assert!(
        yiwu_duties::export::edge_rows(&network)
            .all(|r| canonical(&r.unit_a) && canonical(&r.unit_b))
    );
    assert!(yiwu_duties::export::node_rows(&network).all(|r| canonical(&r.unit)));
}
