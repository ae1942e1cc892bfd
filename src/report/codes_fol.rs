// Codes of first-order logic checks.
codes! { FOL;
FOL_SYNTAX_ERROR = "fol/syntax-error", Error, "a formula cannot be read",
    what: "A formula does not follow the grammar of its dialect (FOLIO Unicode, NLTK/LINC ASCII, Prover9 or TPTP FOF): a connective, name, bracket or the end of the formula came where something else was expected. The message says what was expected and what was found.",
    why: "The formula cannot be reasoned about; no label is computed for its program.",
    example: "∀x (Dog(x) → )",
    fix: "Complete or correct the formula at the position shown.";
FOL_UNBALANCED_PARENS = "fol/unbalanced-parens", Error, "parentheses do not balance",
    what: "A `(` is never closed, or a `)` closes nothing. The diagnostic points at the unmatched one (the first unclosed `(`, or the stray `)`).",
    why: "Where the missing bracket belongs changes the meaning; herbrand does not guess.",
    example: "∀x (Student(x) → (Young(x) ∨ Old(x))",
    fix: "Add the missing `)` (or remove the stray one) where the scope is meant to end.";
FOL_NOT_FOL = "fol/not-first-order", Error, "a construct that first-order logic does not have",
    what: "The formula uses something outside pure first-order logic: a comparison (`y > 9`), set membership (`∈`), a list literal, `...`, a formula used as an argument (`Likes(john, ¬Rain(x))`), or a comma between formulas.",
    why: "LLMs write these when the sentence mentions numbers, sets or lists; no FOL prover can read them, so the program cannot be executed.",
    example: "∀y (Age(y) ∧ y > 9 → Teen(y))",
    fix: "Express it with a predicate (`OlderThanNine(y)`), state nested formulas separately, and join formulas with ∧.";
FOL_QUIRK = "fol/quirk", Warning, "a notation quirk, read as meant",
    what: "The formula uses a notation outside its dialect whose meaning is clear: `^` for ∧, `⟷` for ↔, a trailing `.`. It was read as meant.",
    why: "Other tools reject it; FOLIO's own gold annotations contain these.",
    example: "Tall(a) ^ Smart(a).",
    fix: "Use the standard symbol.";
FOL_ARITY_MISMATCH = "fol/arity-mismatch", Error, "a predicate or function is used with different numbers of arguments",
    what: "The same predicate (or function) name appears with different numbers of arguments, or with a different number than its `Predicates:` declaration.",
    why: "They are different relations to a prover, so facts about one never reach the other; the answer is then usually `Uncertain` for the wrong reason.",
    example: "Teaches(john, math) … ∀x (Teaches(x) → Teacher(x))",
    fix: "Use one arity per predicate, as declared.";
FOL_SYMBOL_CLASH = "fol/symbol-clash", Error, "one name is used as a predicate and as a constant or function",
    what: "A name is used both as a predicate (a formula) and as a term (a constant or function). The largest single cause of failure in LINC's GPT-4 output.",
    why: "Provers keep them apart, so the formulas do not say what was meant (`Rain` the constant is unrelated to `Rain(x)`).",
    example: "Likes(john, Music) ∧ ∀x (Music(x) → Art(x))",
    fix: "Rename one of them: a constant `music` and a predicate `Music(x)`.";
FOL_FREE_VARIABLE = "fol/free-variable", Error, "a variable is not bound by any quantifier",
    what: "A name that reads as a variable (`x`, `y`, `z`, …; uppercase in TPTP) occurs outside every quantifier that binds it. herbrand reads it as universally quantified over the whole formula (as Prover9 and E do) and says where the quantifier is missing.",
    why: "As written the variable is a constant to most tools, which changes the meaning; usually a `∀x` was forgotten or its brackets close too early.",
    example: "Dog(x) → Animal(x)",
    fix: "Add the quantifier: ∀x (Dog(x) → Animal(x)).";
FOL_VACUOUS_QUANTIFIER = "fol/vacuous-quantifier", Warning, "a quantifier binds a variable its body never uses",
    what: "`∀x` or `∃x` binds a variable that does not occur in its body.",
    why: "The quantifier has no effect; it usually means the body uses another letter than intended.",
    example: "∀x (Dog(y) → Animal(y))",
    fix: "Use the bound variable in the body, or remove the quantifier.";
FOL_SHADOWED_QUANTIFIER = "fol/shadowed-quantifier", Warning, "a quantifier rebinds a variable already bound",
    what: "A quantifier binds a variable that an enclosing quantifier already binds, hiding the outer one.",
    why: "Inside, the outer variable can no longer be referred to; formalizations rarely mean this.",
    example: "∀x (Person(x) → ∃x Parent(x, x))",
    fix: "Use a fresh variable for the inner quantifier.";
FOL_QUANTIFIER_SCOPE = "fol/quantifier-scope", Warning, "a quantifier without brackets around its body",
    what: "A quantifier is followed by a body with a binary connective but no brackets (`∀x P(x) → Q(x)`). herbrand reads the quantifier as covering everything after it (as NLTK's `all x.` does); textbook precedence would bind it to `P(x)` only.",
    why: "Tools disagree on this reading, so the formula means different things to different provers.",
    example: "∀x Dog(x) → Animal(x)",
    fix: "Bracket the body: ∀x (Dog(x) → Animal(x)).";
FOL_PRECEDENCE = "fol/precedence", Warning, "connectives mixed without brackets",
    what: "∧ and ∨ (or ⊕ with ∧/∨) are combined without brackets. herbrand applies the standard precedence (¬ > ∧ > ∨ > ⊕ > → > ↔), which may not be what was meant: Logic-LM's parser, for one, gives all connectives the same precedence.",
    why: "FOLIO's annotation errors include exactly this; the reading changes the answer.",
    example: "Rich(a) ∧ Happy(a) ∨ Sad(a)",
    fix: "Add brackets to say which grouping is meant.";
FOL_XOR_CHAIN = "fol/xor-chain", Warning, "a chain of ⊕",
    what: "Three or more formulas are joined by ⊕. ⊕ is associative: `A ⊕ B ⊕ C` is true when an odd number of them is true — including all three.",
    why: "\"Either A, B or C\" usually means exactly one; the chain does not say that.",
    example: "Red(x) ⊕ Green(x) ⊕ Blue(x)",
    fix: "For exactly one: (A ∨ B ∨ C) ∧ ¬(A ∧ B) ∧ ¬(A ∧ C) ∧ ¬(B ∧ C).";
FOL_PREDICATE_DRIFT = "fol/predicate-drift", Warning, "predicates that differ only in case or plural",
    what: "Two predicate names differ only in letter case or a plural `s` (`Student` / `Students`).",
    why: "To a prover they are unrelated, so a premise about one never applies to the other; it is almost always a slip.",
    example: "∀x (Student(x) → Young(x)) … Students(bonnie)",
    fix: "Use one name.";
FOL_UNDECLARED_PREDICATE = "fol/undeclared-predicate", Warning, "a predicate used but not declared in `Predicates:`",
    what: "The program has a `Predicates:` section, and a formula uses a predicate it does not declare.",
    why: "Undeclared-and-used predicates are the warning that best predicts a wrong answer: the formula talks about something no other premise mentions.",
    example: "Predicates:\nDog(x)\nPremises:\n∀x (Dog(x) → Mammal(x))",
    fix: "Declare it, or use the declared predicate that was meant.";
FOL_UNUSED_PREDICATE = "fol/unused-predicate", Warning, "a declared predicate that no formula uses",
    what: "A predicate in the `Predicates:` section appears in no premise or conclusion.",
    why: "The sentence it stood for was probably formalized with another name.",
    example: "Predicates:\nCat(x)\nPremises:\nDog(rex)",
    fix: "Use it where meant, or remove the declaration.";
FOL_INCONSISTENT = "fol/inconsistent-premises", Error, "the premises contradict each other",
    what: "No interpretation makes all premises true; the diagnostic lists a minimal set of premises that already contradict each other.",
    why: "From contradictory premises everything follows, so the entailment label is meaningless (`Inconsistent`).",
    example: "∀x (Cat(x) → ¬Dog(x))\nCat(tom)\nDog(tom)",
    fix: "Find the premise in the listed set that misstates its sentence (often a negation or a ⊕ that should be ∨).";
FOL_NO_CONCLUSION = "fol/no-conclusion", Warning, "the program has no conclusion",
    what: "No conclusion was found (no `Conclusion:` section, no `conjecture`, no `conclusion` key). Only consistency is checked.",
    why: "Without a conclusion there is no entailment label.",
    example: "Premises:\nDog(rex)",
    fix: "Add the conclusion (`Conclusion:` section, or `--conclusion`).";
FOL_LABEL = "fol/label", Info, "the entailment label, with its evidence",
    what: "The answer of reasoning: `True` (the premises entail the conclusion; the premises it depends on are listed), `False` (they entail its negation), `Uncertain` (neither; a countermodel for each direction is shown: a small world where the premises hold and the conclusion is false, and one where it is true).",
    why: "The evidence says why: an unexpected `Uncertain` usually means a premise does not say what its sentence says; the countermodel shows which fact is left open.",
    example: "Premises: ∀x (Dog(x) → Animal(x)), Dog(rex)\nConclusion: Animal(rex)   ⇒ True, from premises 1 and 2",
    fix: "Nothing to fix if the label is the expected one; otherwise compare the countermodel with the sentences.";
FOL_NOT_EQUIVALENT = "fol/not-equivalent", Error, "the candidate is not equivalent to the reference",
    what: "`herbrand fol-equiv` found an interpretation where the candidate and the reference disagree; the diagnostic shows the smallest one found, and for each premise whether the candidate's is equivalent to, stronger than, weaker than or incomparable with the reference's.",
    why: "A formalization that is not equivalent to the reference can give a different answer on some question.",
    example: "candidate ∀x (Dog(x) ∧ Animal(x)), reference ∀x (Dog(x) → Animal(x))",
    fix: "Change the candidate premises marked stronger/weaker/incomparable until they match.";
FOL_SOLVER_UNKNOWN = "fol/solver-unknown", Error, "the solver gave no answer within its budget",
    what: "Z3 answered `unknown` (or ran out of its resource limit) and the finite-model search up to the largest domain size found no countermodel either, for at least one question.",
    why: "The verdict is `unknown`, not a claim about the formulas.",
    example: "Premises with nested ∀∃ alternations over functions.",
    fix: "Raise `--solver-rlimit` / `--solver-timeout-ms`, or simplify the formulas.";
}
