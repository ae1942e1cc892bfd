move(a, b).
move(b, c).
win(X) :- move(X, Y), \+ win(Y).
p(X) :- move(X, _), \+ q(X).
q(X) :- move(_, X), p(X).
