--TEST--
seek() moves to a position or throws OutOfBoundsException (leaving the iterator at the end)
--FILE--
<?php
// seek() moves to a position or throws OutOfBoundsException (leaving the iterator at the end)
$it = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3]);
$it->seek(2);
var_dump($it->key(), $it->current());
$it->seek(0);
var_dump($it->key());
foreach ([3, -1, 100] as $pos) {
    try { $it->seek($pos); } catch (OutOfBoundsException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump($it->valid(), $it->key(), $it->current());
$it->rewind();
var_dump($it->current());
var_dump(new ArrayIterator([]) instanceof SeekableIterator);
--EXPECT--
string(1) "c"
int(3)
string(1) "a"
OutOfBoundsException: Seek position 3 is out of range
OutOfBoundsException: Seek position -1 is out of range
OutOfBoundsException: Seek position 100 is out of range
bool(false)
NULL
NULL
int(1)
bool(true)
