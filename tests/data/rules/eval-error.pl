age(tom, 70).
age(bob, unknown).
next_age(X, N) :- age(X, A), N is A + 1.
ratio(X, R) :- age(X, A), R is A / 0.
