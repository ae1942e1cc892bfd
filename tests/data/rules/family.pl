% A small family: facts, a recursive rule, negation, arithmetic.
parent(tom, bob).
parent(tom, liz).
parent(bob, ann).
parent(bob, pat).
parent(pat, jim).
age(tom, 70).
age(bob, 45).
age(ann, 12).

grandparent(X, Z) :- parent(X, Y), parent(Y, Z).
ancestor(X, Y) :- parent(X, Y).
ancestor(X, Z) :- parent(X, Y), ancestor(Y, Z).
childless(X) :- parent(_, X), \+ parent(X, _).
adult(X) :- age(X, A), A >= 18.
older(X, Y) :- age(X, A), age(Y, B), A > B.

?- grandparent(tom, W).
