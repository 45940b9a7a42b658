fn main() {
    let b = yiwu_duties::breakdown();
    for t in b.tasks() {
        let units: Vec<String> = t
            .units()
            .iter()
            .map(|a| format!("{}:{}", a.name(), a.role()))
            .collect();
        println!(
            "{} [{}-{}] {} | {}",
            t.id(),
            t.lines().first(),
            t.lines().last(),
            t.text(),
            units.join(" ")
        );
    }
    for r in b.repairs() {
        println!("{r}");
    }
    for w in b.warnings() {
        println!("{w}");
    }
    println!("{:#?}", b.notice());
    for p in b.parts() {
        println!("{} {:?} {:?}", p.title(), p.year(), p.kind());
        for g in p.groups() {
            println!("  {} {:?} {}", g.ordinal(), g.leaders(), g.tasks(b).len());
            for a in g.areas() {
                println!("    {} {} {}", a.ordinal(), a.name(), a.tasks(b).len());
            }
        }
    }
}
