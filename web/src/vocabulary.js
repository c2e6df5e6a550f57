// The variant names of docs/FORMAT.md, in the file format's order.
export const CHANNELS = ['InPerson', 'Phone', 'Web', 'App', 'Email', 'Chat', 'SocialMedia', 'Advertising', 'PointOfSale', 'ProductUse', 'WordOfMouth', 'Other']
export const EXPECTATIONS = ['Warmth', 'Speed', 'Information', 'Guarantees', 'Advice']
export const PRINCIPLES = ['Reliability', 'Credibility', 'Attractiveness', 'Agility', 'Interest', 'Teamwork']
export const CAUSES = ['Apathy', 'BrushOff', 'Coldness', 'Superiority', 'Robotism', 'Rulebook', 'Evasion', 'BrokenPromise', 'Misinformation', 'LongWait', 'PoorCommunication']
