--TEST--
preg: match all flags
--FILE--
<?php
preg_match_all('/(a)(b)?/', 'ab a', $m, PREG_PATTERN_ORDER | PREG_OFFSET_CAPTURE);
var_dump($m);
preg_match_all('/(a)(b)?/', 'ab a', $m, PREG_SET_ORDER | PREG_UNMATCHED_AS_NULL);
var_dump($m);
preg_match_all('/(a)(b)?/', 'ab a', $m, PREG_UNMATCHED_AS_NULL);
var_dump($m);
preg_match_all('/(a)(b)?/', 'a ab', $m, PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL, 1);
var_dump($m);
--EXPECT--
array(3) {
  [0]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(2) "ab"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(3)
    }
  }
  [1]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(3)
    }
  }
  [2]=>
  array(2) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(1)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(-1)
    }
  }
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "ab"
    [1]=>
    string(1) "a"
    [2]=>
    string(1) "b"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "a"
    [2]=>
    NULL
  }
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(2) "ab"
    [1]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "a"
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    NULL
  }
}
array(3) {
  [0]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      string(2) "ab"
      [1]=>
      int(2)
    }
  }
  [1]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "a"
      [1]=>
      int(2)
    }
  }
  [2]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "b"
      [1]=>
      int(3)
    }
  }
}
