--TEST--
count() on Countable objects
--FILE--
<?php
class Deck implements Countable {
    private $cards = ['A', 'K', 'Q'];
    public function count(): int { echo "count() called\n"; return count($this->cards); }
}
$d = new Deck;
echo count($d), "\n";
echo sizeof($d), "\n";
var_dump($d instanceof Countable, is_countable($d), is_countable(new stdClass));
try { count(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
count() called
3
count() called
3
bool(true)
bool(true)
bool(false)
count(): Argument #1 ($value) must be of type Countable|array, stdClass given
