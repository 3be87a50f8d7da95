// A short list of the most used passwords that still pass a length rule. Rejecting
// them is what NIST 800-63B asks for; the list is small on purpose (the length rule
// does most of the work) and compared case-insensitively.
export const COMMON_PASSWORDS = new Set([
  "123456789012", "1234567890123", "12345678910", "password1234", "password12345", "passwordpassword",
  "qwertyuiop12", "qwertyuiopasdf", "1q2w3e4r5t6y", "1qaz2wsx3edc", "iloveyou1234", "administrator",
  "letmein12345", "welcome12345", "welcome123456", "changeme1234", "trustno11234", "football1234",
  "baseball1234", "sunshine1234", "princess1234", "superman1234", "starwars1234", "michael12345",
  "monkey123456", "dragon123456", "master123456", "shadow123456", "abc123456789", "abcdefghijkl",
  "aaaaaaaaaaaa", "000000000000", "111111111111", "123123123123", "987654321098", "qwerty123456",
  "asdfghjkl123", "zxcvbnm12345", "newsroom1234", "sourcebench1", "sourcebench12", "password!234",
  "p@ssw0rd1234", "passw0rd1234", "correcthorsebatterystaple", "iloveyouiloveyou", "mypassword12",
  "secret123456", "computer1234", "internet1234", "whatever1234", "qwertyqwerty", "hello1234567",
]);

export const MIN_PASSWORD_LENGTH = 12;
