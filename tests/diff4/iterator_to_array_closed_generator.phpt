--TEST--
iterator_to_array/iterator_count on a finished generator: already closed
--FILE--
<?php
function g() { yield 'a' => 1; yield 'b' => 2; }
$gen = g(); var_dump(iterator_to_array($gen));
try { var_dump(iterator_to_array($gen)); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { var_dump(iterator_count($gen)); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$h = g(); $h->next(); try { iterator_to_array($h); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$k = g(); $k->current(); var_dump(iterator_count($k));
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
Cannot traverse an already closed generator
Cannot traverse an already closed generator
Cannot rewind a generator that was already run
int(2)
