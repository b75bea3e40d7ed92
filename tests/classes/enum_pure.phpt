--TEST--
pure enum cases, identity, name and cases()
--FILE--
<?php
enum Suit {
    case Hearts;
    case Diamonds;
    case Clubs;
    case Spades;
}
$s = Suit::Hearts;
echo $s->name, "\n";
var_dump($s === Suit::Hearts, $s == Suit::Spades, $s instanceof Suit);
foreach (Suit::cases() as $c) echo $c->name, " ";
echo "\n";
var_dump(Suit::Clubs);
var_dump(Suit::cases()[1] === Suit::Diamonds);
$name = 'Spades';
var_dump(constant("Suit::$name"));
--EXPECT--
Hearts
bool(true)
bool(false)
bool(true)
Hearts Diamonds Clubs Spades 
enum(Suit::Clubs)
bool(true)
enum(Suit::Spades)
