--TEST--
enum cases compare by identity only
--FILE--
<?php
enum A: int { case X = 1; case Y = 2; }
enum B: int { case X = 1; }
var_dump(A::X == A::X, A::X === A::X, A::X == A::Y, A::X == B::X);
var_dump(A::X == 1, A::X < A::Y, A::X > A::Y);
var_dump((bool) A::X);
var_dump(in_array(A::Y, A::cases(), true));
var_dump(array_search(A::Y, A::cases()));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
int(1)
