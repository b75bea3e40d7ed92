--TEST--
enum_exists, class_exists and get_class for enums
--FILE--
<?php
enum E { case A; }
class C {}
var_dump(enum_exists('E'), enum_exists('C'), enum_exists('Nope'));
var_dump(class_exists('E'));
echo get_class(E::A), "\n";
var_dump(E::A instanceof E);
var_dump(is_object(E::A));
echo gettype(E::A), " ", get_debug_type(E::A), "\n";
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
E
bool(true)
bool(true)
object E
