--TEST--
current/key/next/valid/rewind by hand, past the end, after appending and unsetting
--FILE--
<?php
// current/key/next/valid/rewind by hand, past the end, after appending and unsetting
$it = new ArrayIterator([10, 20]);
var_dump($it->valid(), $it->key(), $it->current());
$it->next(); $it->next();
var_dump($it->valid(), $it->key(), $it->current());
$it->next();
$it[] = 30;
var_dump($it->valid(), $it->key(), $it->current());
$it->rewind();
unset($it[0]);
var_dump($it->valid(), $it->key(), $it->current());
$it->offsetSet('k', 'v');
$keys = [];
for ($it->rewind(); $it->valid(); $it->next()) $keys[] = $it->key();
var_dump($keys);
$e = new ArrayIterator();
var_dump($e->valid(), $e->current(), $e->key(), count($e));
--EXPECT--
bool(true)
int(0)
int(10)
bool(false)
NULL
NULL
bool(true)
int(2)
int(30)
bool(true)
int(1)
int(20)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(1) "k"
}
bool(false)
NULL
NULL
int(0)
