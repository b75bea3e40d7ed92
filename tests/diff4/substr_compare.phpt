--TEST--
substr_compare: offsets, lengths, case folding and errors
--FILE--
<?php
var_dump(substr_compare("a","z",0), substr_compare("abcde","BC",1,2,true), substr_compare("abcde","BC",1,2), substr_compare("abcde","bc",-4,2), substr_compare("abcde","de",-10,2), substr_compare("abc","abcdef",0), substr_compare("abcdef","abc",0), substr_compare("Hello", "LLO", -3, null, true));
try { substr_compare("abc","x",4); } catch (ValueError $e) { echo $e->getMessage(),"\n"; }
try { substr_compare("abc","x",0,-1); } catch (ValueError $e) { echo $e->getMessage(),"\n"; }
var_dump(substr_compare("abc","abd",0,0), substr_compare("abc","x",3), substr_compare("file.php", ".php", -4) === 0);
--EXPECT--
int(-25)
int(0)
int(32)
int(0)
int(-3)
int(-1)
int(1)
int(0)
substr_compare(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
substr_compare(): Argument #4 ($length) must be greater than or equal to 0
int(0)
int(-1)
bool(true)
