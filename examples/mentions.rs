//! Prints what addsup read from a text: each figure's mention and every
//! relation proposed. A debugging aid: `cargo run --example mentions < file`.

use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let doc = addsup::mentions::Doc::new(&text, addsup::recognize(&text));
    for m in &doc.mentions {
        let f = &doc.figures[m.figure];
        println!(
            "{:>3} {:<22} s{} p{} thing={:?} via={:?} event={:?} owner={:?} source={:?} period={:?} part_of={:?} cues={:?}{}",
            m.figure,
            format!("{:?}", f.text(&text)),
            m.sentence,
            m.paragraph,
            m.thing,
            m.via,
            m.event,
            m.owner,
            m.source,
            m.period,
            m.part_of,
            m.cues,
            if m.compound { " compound" } else { "" }
        );
    }
    for f in addsup::checks::apply(&doc, &[]) {
        println!("{} {:?}: {}", f.rule, f.status, f.message);
    }
}
