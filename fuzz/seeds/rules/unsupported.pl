score(a, 3).
score(b, 5).
best(X) :- score(X, S), \+ (score(_, T), T > S).
total(T) :- findall(S, score(_, S), L), sum_list(L, T).
max(X, Y, X) :- X >= Y, !.
