--TEST--
metaphone() with a negative phoneme count throws ValueError
--FILE--
<?php
metaphone("abc", -1);
--EXPECTF--

Fatal error: Uncaught ValueError: metaphone(): Argument #2 ($max_phonemes) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %s(2): metaphone('abc', -1)
#1 {main}
  thrown in %s on line 2
