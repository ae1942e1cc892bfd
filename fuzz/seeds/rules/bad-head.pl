X > 0 :- number(X).
(a, b) :- c.
c.
