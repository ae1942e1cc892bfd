move(a, b).
move(b, c).
win(X) :- move(X, Y), \+ win(Y).
