package be.cpas.rules.kb.parameters;
public class DateOutOfRangeException extends RuntimeException { public DateOutOfRangeException(String m) { super(m); } }
