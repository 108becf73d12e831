use build_graph::Target;
use std::rc::Rc;

// ANCHOR: tests
/// A small C program: `parser.o` and `lexer.o` both include `parser.h`.
#[cfg(test)]
fn program() -> [Rc<Target>; 6] {
    let parser_h = Target::source("parser.h");
    let parser_c = Target::source("parser.c");
    let lexer_c = Target::source("lexer.c");
    let parser_o = Target::rule("parser.o", &[&parser_c, &parser_h]);
    let lexer_o = Target::rule("lexer.o", &[&lexer_c, &parser_h]);
    let app = Target::rule("app", &[&parser_o, &lexer_o]);
    [parser_h, parser_c, lexer_c, parser_o, lexer_o, app]
}

#[test]
fn a_build_makes_inputs_first_and_each_target_once() {
    let [.., app] = program();
    assert_eq!(app.build(), ["parser.o", "lexer.o", "app"]);
    assert!(app.build().is_empty());
}

#[test]
fn a_change_rebuilds_what_is_made_from_it() {
    let [parser_h, _, lexer_c, .., app] = program();
    app.build();
    lexer_c.touch();
    assert_eq!(app.build(), ["lexer.o", "app"]);
    parser_h.touch();
    assert_eq!(app.build(), ["parser.o", "lexer.o", "app"]);
}

#[test]
fn a_target_that_two_paths_reach_is_rebuilt_once() {
    let tokens_list = Target::source("tokens.list");
    let tokens_h = Target::rule("tokens.h", &[&tokens_list]);
    let parser_o = Target::rule("parser.o", &[&tokens_h]);
    let lexer_o = Target::rule("lexer.o", &[&tokens_h]);
    let app = Target::rule("app", &[&parser_o, &lexer_o]);
    assert_eq!(app.build(), ["tokens.h", "parser.o", "lexer.o", "app"]);
    tokens_list.touch();
    assert_eq!(app.build(), ["tokens.h", "parser.o", "lexer.o", "app"]);
}

#[test]
fn dropping_the_last_handle_frees_the_targets() {
    let [parser_h, parser_c, lexer_c, parser_o, lexer_o, app] = program();
    let object_link = Rc::downgrade(&parser_o);
    let app_link = Rc::downgrade(&app);
    drop((parser_o, lexer_o));
    assert_eq!(Rc::strong_count(&parser_h), 3);
    drop(app);
    assert!(app_link.upgrade().is_none());
    assert!(object_link.upgrade().is_none());
    for source in [&parser_h, &parser_c, &lexer_c] {
        assert_eq!(Rc::strong_count(source), 1);
    }
}

#[test]
fn a_change_skips_targets_that_are_gone() {
    let [parser_h, _, _, parser_o, lexer_o, app] = program();
    drop((lexer_o, app));
    parser_o.build();
    parser_h.touch();
    assert_eq!(parser_o.build(), ["parser.o"]);
}
// ANCHOR_END: tests
